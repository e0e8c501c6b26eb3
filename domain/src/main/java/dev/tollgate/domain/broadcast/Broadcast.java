package dev.tollgate.domain.broadcast;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message an admin sent to a segment of the customers: who, what, to whom (the recipients are fixed when it is
 * confirmed), its status, and the admin's message that shows its progress.
 */
public final class Broadcast {

    private final BroadcastId id;
    private final TelegramUserId author;
    private final BroadcastMessage message;
    private final Segment segment;
    private final int recipients;
    private final Instant createdAt;
    private BroadcastStatus status;
    private Instant finishedAt;
    private Integer progressMessage;

    private Broadcast(BroadcastId id, TelegramUserId author, BroadcastMessage message, Segment segment, int recipients,
                      Instant createdAt, BroadcastStatus status, Instant finishedAt, Integer progressMessage) {
        this.id = Objects.requireNonNull(id, "id");
        this.author = Objects.requireNonNull(author, "author");
        this.message = Objects.requireNonNull(message, "message");
        this.segment = Objects.requireNonNull(segment, "segment");
        if (recipients < 0) {
            throw new IllegalArgumentException("recipients cannot be negative");
        }
        this.recipients = recipients;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.finishedAt = finishedAt;
        this.progressMessage = progressMessage;
    }

    /** A confirmed broadcast: it starts sending at once. */
    public static Broadcast start(BroadcastId id, TelegramUserId author, BroadcastMessage message, Segment segment,
                                  int recipients, Instant now) {
        return new Broadcast(id, author, message, segment, recipients, now, BroadcastStatus.SENDING, null, null);
    }

    public static Broadcast rehydrate(BroadcastId id, TelegramUserId author, BroadcastMessage message, Segment segment,
                                      int recipients, Instant createdAt, BroadcastStatus status, Instant finishedAt,
                                      Integer progressMessage) {
        return new Broadcast(id, author, message, segment, recipients, createdAt, status, finishedAt, progressMessage);
    }

    /** Ends it: DONE when every recipient had a try, CANCELLED by an admin. */
    public void finish(BroadcastStatus end, Instant now) {
        status = status.moveTo(end);
        finishedAt = Objects.requireNonNull(now, "now");
    }

    public BroadcastId id() {
        return id;
    }

    public TelegramUserId author() {
        return author;
    }

    public BroadcastMessage message() {
        return message;
    }

    public Segment segment() {
        return segment;
    }

    public int recipients() {
        return recipients;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public BroadcastStatus status() {
        return status;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The id of the message in the author's chat that shows the progress, once it was sent. */
    public Optional<Integer> progressMessage() {
        return Optional.ofNullable(progressMessage);
    }
}
