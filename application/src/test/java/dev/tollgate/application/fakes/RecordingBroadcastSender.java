package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.BroadcastSender;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what would have been sent; chosen recipients have blocked the bot or fail. */
public final class RecordingBroadcastSender implements BroadcastSender {

    private final List<TelegramUserId> delivered = new ArrayList<>();
    private final List<TelegramUserId> previews = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();
    private final Set<TelegramUserId> blocking = new HashSet<>();
    private final Set<TelegramUserId> failing = new HashSet<>();
    private final AtomicInteger nextMessage = new AtomicInteger(100);

    public synchronized RecordingBroadcastSender blockedBy(TelegramUserId user) {
        blocking.add(user);
        return this;
    }

    public synchronized RecordingBroadcastSender failingFor(TelegramUserId user) {
        failing.add(user);
        return this;
    }

    @Override
    public synchronized Delivery deliver(TelegramUserId recipient, BroadcastMessage message) {
        if (blocking.contains(recipient)) {
            return Delivery.BLOCKED;
        }
        if (failing.contains(recipient)) {
            return Delivery.FAILED;
        }
        delivered.add(recipient);
        return Delivery.SENT;
    }

    @Override
    public synchronized Delivery preview(TelegramUserId author, BroadcastMessage message) {
        previews.add(author);
        return Delivery.SENT;
    }

    @Override
    public synchronized Optional<Integer> progress(Progress shown, Optional<Integer> messageId) {
        progress.add(shown);
        return Optional.of(messageId.orElseGet(nextMessage::getAndIncrement));
    }

    public synchronized List<TelegramUserId> delivered() {
        return List.copyOf(delivered);
    }

    public synchronized List<TelegramUserId> previews() {
        return List.copyOf(previews);
    }

    public synchronized List<Progress> progress() {
        return List.copyOf(progress);
    }
}
