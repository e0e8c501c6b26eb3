package dev.tollgate.application.service.broadcast;

import dev.tollgate.application.port.in.DeliverBroadcastsUseCase;
import dev.tollgate.application.port.out.BroadcastSender;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of sending: lease the oldest sending broadcast, take each next recipient (PENDING to SENDING) before its
 * message goes out and record the outcome after, so a restart resumes where it stopped and nobody gets it twice; a
 * delivery left in flight by a sender that died is never retried (UNCONFIRMED). Between batches the broadcast's
 * status is read again, so a cancel stops it within one batch. The author's progress message is updated after each
 * step, and shows the final report when the broadcast ends.
 */
public final class DeliverBroadcastsService implements DeliverBroadcastsUseCase {

    private static final System.Logger LOG = System.getLogger(DeliverBroadcastsService.class.getName());
    private static final int BATCH = 25;

    private final Broadcasts broadcasts;
    private final BroadcastSender sender;
    private final Duration lease;
    private final Clock clock;

    public DeliverBroadcastsService(Broadcasts broadcasts, BroadcastSender sender, Duration lease, Clock clock) {
        this.broadcasts = broadcasts;
        this.sender = sender;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public Result deliver(Command command) {
        Optional<Broadcast> claimed = broadcasts.claim(command.holder(), clock.instant(), lease);
        if (claimed.isEmpty()) {
            return Result.nothing();
        }
        Broadcast broadcast = claimed.get();
        int abandoned = broadcasts.abandonStale(broadcast.id(), clock.instant().minus(lease));
        if (abandoned > 0) {
            LOG.log(Level.WARNING, "broadcast {0}: {1} deliveries were in flight when their sender stopped; they are "
                    + "counted as unconfirmed and not sent again", broadcast.id(), abandoned);
        }
        int sent = 0;
        int failed = 0;
        int blocked = 0;
        int budget = command.maxMessages();
        boolean cancelled = false;
        while (budget > 0 && !cancelled && !Thread.currentThread().isInterrupted()) {
            List<TelegramUserId> batch = broadcasts.pending(broadcast.id(), Math.min(BATCH, budget));
            if (batch.isEmpty()) {
                break;
            }
            for (TelegramUserId recipient : batch) {
                if (budget == 0 || Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (!broadcasts.take(broadcast.id(), recipient, command.holder(), clock.instant())) {
                    continue;
                }
                budget--;
                DeliveryStatus outcome = send(broadcast, recipient);
                broadcasts.settle(broadcast.id(), recipient, outcome, clock.instant());
                switch (outcome) {
                    case SENT -> sent++;
                    case BLOCKED -> blocked++;
                    default -> failed++;
                }
            }
            cancelled = broadcasts.find(broadcast.id()).map(b -> b.status() == BroadcastStatus.CANCELLED).orElse(true);
        }
        Map<DeliveryStatus, Integer> counts = broadcasts.counts(broadcast.id());
        boolean finished = false;
        if (!cancelled && counts.get(DeliveryStatus.PENDING) == 0 && counts.get(DeliveryStatus.SENDING) == 0) {
            finished = broadcasts.finish(broadcast.id(), BroadcastStatus.DONE, clock.instant());
            if (finished) {
                LOG.log(Level.INFO, "broadcast {0} done: {1} sent, {2} failed, {3} blocked the bot", broadcast.id(),
                        counts.get(DeliveryStatus.SENT), counts.get(DeliveryStatus.FAILED)
                                + counts.get(DeliveryStatus.UNCONFIRMED), counts.get(DeliveryStatus.BLOCKED));
            }
        }
        Broadcast now = broadcasts.find(broadcast.id()).orElse(broadcast);
        Optional<Integer> shown = sender.progress(new BroadcastSender.Progress(broadcast.id(), broadcast.author(),
                now.status(), broadcast.recipients(), counts), now.progressMessage());
        if (shown.isPresent() && !shown.equals(now.progressMessage())) {
            broadcasts.progressMessage(broadcast.id(), shown.get());
        }
        return new Result(false, sent, failed, blocked, finished || now.status().finished());
    }

    private DeliveryStatus send(Broadcast broadcast, TelegramUserId recipient) {
        try {
            return switch (sender.deliver(recipient, broadcast.message())) {
                case SENT -> DeliveryStatus.SENT;
                case BLOCKED -> DeliveryStatus.BLOCKED;
                case FAILED -> DeliveryStatus.FAILED;
            };
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "broadcast {0} to {1} failed: {2}", broadcast.id(), recipient, e.getMessage());
            return DeliveryStatus.FAILED;
        }
    }
}
