package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Feed token versions in a map. */
public final class InMemoryFeedTokenVersions implements FeedTokenVersions {

    private final Map<Long, Integer> versions = new HashMap<>();

    @Override
    public synchronized int current(TelegramUserId user) {
        return versions.getOrDefault(user.value(), 0);
    }

    @Override
    public synchronized int advance(TelegramUserId user, Instant at) {
        return versions.merge(user.value(), 1, Integer::sum);
    }
}
