package dev.tollgate.application.port.out;

import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Map;
import java.util.Optional;

/**
 * Sends broadcasts through the messenger within its limits, behind every reply to a user (bulk priority), and shows
 * the author the progress in one message that is edited as it goes.
 */
public interface BroadcastSender {

    /** What became of one message. */
    enum Delivery { SENT, BLOCKED, FAILED }

    /** One recipient's copy; a network failure is {@link Delivery#FAILED}, never thrown. */
    Delivery deliver(TelegramUserId recipient, BroadcastMessage message);

    /** The author's own copy before confirming, with the broadcast's button. */
    Delivery preview(TelegramUserId author, BroadcastMessage message);

    /**
     * Shows the progress: edits {@code messageId} when given (an unchanged text is fine), else sends a new message and
     * returns its id. Never throws for a messenger failure.
     */
    Optional<Integer> progress(Progress progress, Optional<Integer> messageId);

    /** Counts so far of one broadcast, for its author. */
    record Progress(BroadcastId broadcast, TelegramUserId author, BroadcastStatus status, int recipients,
                    Map<DeliveryStatus, Integer> counts) {
        public Progress {
            counts = Map.copyOf(counts);
        }

        public int count(DeliveryStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }
}
