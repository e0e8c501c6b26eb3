package dev.tollgate.application.port.out;

import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Broadcasts and one delivery row per recipient. A sender claims a broadcast with a lease (one instance sends it at a
 * time) and takes each recipient with a conditional update from PENDING to SENDING before sending, so no recipient
 * is ever taken twice, whoever races for it; each call is atomic on its own.
 */
public interface Broadcasts {

    /** Stores a confirmed broadcast and its recipients, all PENDING; {@link DuplicateKeyException} when its id exists. */
    void insert(Broadcast broadcast, List<TelegramUserId> recipients);

    Optional<Broadcast> find(BroadcastId id);

    /** Newest first. */
    List<Broadcast> recent(int offset, int limit);

    int count();

    /**
     * Leases the oldest SENDING broadcast whose lease is free, ran out, or is already {@code holder}'s, to
     * {@code holder} until {@code now + lease}; empty when there is none.
     */
    Optional<Broadcast> claim(String holder, Instant now, Duration lease);

    /** Up to {@code limit} recipients still PENDING, in a stable order. */
    List<TelegramUserId> pending(BroadcastId broadcast, int limit);

    /** PENDING to SENDING for {@code holder}; false when someone else took it (or it is no longer pending). */
    boolean take(BroadcastId broadcast, TelegramUserId recipient, String holder, Instant now);

    /** Records the outcome of a taken recipient (SENDING to {@code outcome}). */
    void settle(BroadcastId broadcast, TelegramUserId recipient, DeliveryStatus outcome, Instant now);

    /**
     * Deliveries left SENDING since before {@code takenBefore} (their sender stopped mid-flight) become UNCONFIRMED:
     * they may have arrived, so they are never sent again. Returns how many.
     */
    int abandonStale(BroadcastId broadcast, Instant takenBefore);

    /** How many recipients are in each status; every status is present. */
    Map<DeliveryStatus, Integer> counts(BroadcastId broadcast);

    /** Moves a SENDING broadcast to DONE or CANCELLED; false when it was no longer SENDING. */
    boolean finish(BroadcastId broadcast, BroadcastStatus end, Instant now);

    /** Remembers the message in the author's chat that shows the progress. */
    void progressMessage(BroadcastId broadcast, int messageId);
}
