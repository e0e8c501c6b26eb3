package dev.tollgate.domain.broadcast;

/**
 * One recipient's delivery of a broadcast. A recipient is taken (SENDING) before the message goes out and given its
 * outcome after, so a crash in between never leads to a second message: such a delivery ends UNCONFIRMED.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    /** Telegram refused the message (not a block): counted as failed. */
    FAILED,
    /** The recipient blocked the bot (403); the customer is marked unreachable. */
    BLOCKED,
    /** The sender stopped while this one was in flight; it may or may not have arrived, and is never sent again. */
    UNCONFIRMED
}
