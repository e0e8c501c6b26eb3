package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Panel clients an import adopted without knowing their Telegram user: each waits, with what it keeps, for the user
 * who sends its one-time claim code. Also counts claim attempts, so guessing codes is limited per user and hour.
 */
public interface UnclaimedSubscriptions {

    /** One adopted client; {@code claimedBy}/{@code subscription} are set once it was claimed. */
    record Unclaimed(ServerId server, String email, String secret, boolean enabled, DataSize quota, DataSize used,
                     Instant expiresAt, Duration delayedStart, int deviceLimit, String code, Instant importedAt,
                     Optional<TelegramUserId> claimedBy, Optional<SubscriptionId> subscription) {
        public Unclaimed {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(used, "used");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(importedAt, "importedAt");
            Objects.requireNonNull(claimedBy, "claimedBy");
            Objects.requireNonNull(subscription, "subscription");
        }

        @Override
        public String toString() {
            return "Unclaimed[server=" + server + ", email=" + email + ", claimed=" + claimedBy.isPresent() + "]";
        }
    }

    /** Stores a new one; throws {@link DuplicateKeyException} when the server and email, or the code, are taken. */
    void insert(Unclaimed unclaimed);

    /** The one with that code, claimed or not. */
    Optional<Unclaimed> findByCode(String code);

    /** Emails (lower case) of every client adopted this way on the server, claimed or not. */
    Set<String> emailsOn(ServerId server);

    /**
     * Marks the one with that code as claimed, only if nobody claimed it yet; returns whether this call did. Runs in
     * the caller's transaction.
     */
    boolean markClaimed(String code, TelegramUserId by, SubscriptionId subscription, Instant at);

    /** Not yet claimed ones, oldest first; {@code offset} and {@code limit} page through them. */
    List<Unclaimed> unclaimed(int offset, int limit);

    int countUnclaimed();

    /** Records one claim attempt of the user. */
    void recordAttempt(TelegramUserId user, Instant at);

    /** The user's claim attempts at or after {@code since}. */
    int attemptsSince(TelegramUserId user, Instant since);
}
