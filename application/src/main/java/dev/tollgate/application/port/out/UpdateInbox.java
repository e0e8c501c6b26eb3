package dev.tollgate.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable inbox of bot updates: each update is stored before Telegram is told it arrived, then handled by
 * whichever worker of whichever instance leases it. Updates that share an ordering key (one user's) are leased one
 * at a time and oldest first, so a user's updates are handled in order and never by two workers at once.
 * Every method throws {@link StoreUnavailableException} when the database cannot be reached.
 */
public interface UpdateInbox {

    /** Stores the updates not stored before (by update id; a redelivered one is ignored); returns how many were new. */
    int store(List<StoredUpdate> updates);

    /**
     * Leases to {@code owner}, until {@code leaseUntil}, up to {@code limit} unfinished updates that are each the
     * oldest unfinished one of their ordering key and not leased (or whose lease ran out before {@code now}).
     * Each lease counts one attempt.
     */
    List<StoredUpdate> claim(String owner, int limit, Instant now, Instant leaseUntil);

    /** Extends every lease {@code owner} holds; returns how many. */
    int renew(String owner, Instant leaseUntil);

    /** Marks the update finished with a short outcome ("ok", or why it was given up); only its lease holder can. */
    boolean finish(long updateId, String owner, String outcome, Instant now);

    /**
     * As {@link #finish}, and the stored JSON is replaced by {@code {"update_id":<id>}}: for an update that carried
     * a secret the user typed (a panel password), so it does not stay in the database until the row is pruned.
     */
    boolean finishForgettingPayload(long updateId, String owner, String outcome, Instant now);

    /** Gives the update back (its handling failed), to be leased again, by anyone, from {@code notBefore} on. */
    boolean retryLater(long updateId, String owner, Instant notBefore);

    /** Gives back every lease {@code owner} holds, so another worker can take those updates at once. */
    int release(String owner);

    /** Deletes up to {@code limit} updates finished before {@code before}; returns how many. */
    int pruneFinished(Instant before, int limit);

    /** How many updates wait or are in hand, and when the oldest of them arrived. */
    Depth depth();

    /** One update as Telegram sent it (its JSON), with the key it is ordered by. */
    record StoredUpdate(long updateId, long orderingKey, String kind, String payload, Instant receivedAt, int attempts) {
        public StoredUpdate {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }

        public static StoredUpdate received(long updateId, long orderingKey, String kind, String payload, Instant now) {
            return new StoredUpdate(updateId, orderingKey, kind, payload, now, 0);
        }
    }

    record Depth(long unfinished, Optional<Instant> oldest) {
    }
}
