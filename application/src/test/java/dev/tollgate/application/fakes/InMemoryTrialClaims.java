package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Trial claims keyed by user, refusing a second claim as the database's primary key does. */
public final class InMemoryTrialClaims implements TrialClaims {

    private final Map<TelegramUserId, SubscriptionId> claims = new ConcurrentHashMap<>();

    @Override
    public boolean hasClaimed(TelegramUserId user) {
        return claims.containsKey(user);
    }

    @Override
    public void record(TelegramUserId user, SubscriptionId subscription, Instant claimedAt) {
        if (claims.putIfAbsent(user, subscription) != null) {
            throw new DuplicateKeyException("user " + user + " already claimed a trial");
        }
    }
}
