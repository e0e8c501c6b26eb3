package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations in memory; expiry as in the database. */
public final class InMemoryConversations implements Conversations {

    private final Map<TelegramUserId, Conversation> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<Conversation> find(TelegramUserId user, Instant now) {
        return Optional.ofNullable(rows.get(user)).filter(c -> c.expiresAt().isAfter(now));
    }

    @Override
    public void save(Conversation conversation) {
        rows.put(conversation.user(), conversation);
    }

    @Override
    public void clear(TelegramUserId user) {
        rows.remove(user);
    }

    @Override
    public int pruneExpired(Instant now) {
        int before = rows.size();
        rows.values().removeIf(c -> !c.expiresAt().isAfter(now));
        return before - rows.size();
    }
}
