package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each user is in a multi-step flow of the bot (which step, what they entered so far), kept in the database so
 * a flow survives a restart and continues on any instance. At most one conversation per user; it expires.
 */
public interface Conversations {

    /** The user's conversation, or empty when there is none or it expired before {@code now}. */
    Optional<Conversation> find(TelegramUserId user, Instant now);

    /** Starts or replaces the user's conversation. */
    void save(Conversation conversation);

    /** Ends the user's conversation, if any. */
    void clear(TelegramUserId user);

    /** Deletes conversations expired before {@code now}; returns how many. */
    int pruneExpired(Instant now);

    /**
     * One conversation: {@code step} names the screen's input step (at most 64 characters), {@code values} what was
     * collected (keys at most 64 characters, the whole at most 4,000 characters when encoded).
     */
    record Conversation(TelegramUserId user, String step, Map<String, String> values, Instant expiresAt) {
        public Conversation {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(step, "step");
            if (step.isEmpty() || step.length() > 64) {
                throw new IllegalArgumentException("a step name has 1 to 64 characters");
            }
            values = Map.copyOf(values);
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public Optional<String> value(String key) {
            return Optional.ofNullable(values.get(key));
        }
    }
}
