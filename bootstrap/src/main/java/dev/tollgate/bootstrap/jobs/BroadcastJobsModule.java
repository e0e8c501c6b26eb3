package dev.tollgate.bootstrap.jobs;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.DeliverBroadcastsUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broadcasts job (with the bot): every few seconds one instance runs delivery steps of a second's worth of
 * messages for up to {@link #RUN}, then lets the scheduler have the thread back; the bot's sender paces them, so the
 * job's only limit is Telegram's. Between steps an interrupted run (the app stopping) ends at once.
 */
public final class BroadcastJobsModule extends AbstractModule {

    static final Duration INTERVAL = Duration.ofSeconds(3);
    static final Duration RUN = Duration.ofSeconds(25);
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastJobsModule.class);
    private static final int STEP = 25;

    private final String holder;

    /** {@code holder}: this instance's name, which holds the broadcast it sends from one run to the next. */
    public BroadcastJobsModule(String holder) {
        this.holder = holder;
    }

    @ProvidesIntoSet
    ScheduledJob broadcastsJob(DeliverBroadcastsUseCase deliver) {
        return new ScheduledJob("broadcasts", INTERVAL, () -> {
            long started = System.nanoTime();
            int sent = 0;
            int failed = 0;
            int blocked = 0;
            while (!Thread.currentThread().isInterrupted() && System.nanoTime() - started < RUN.toNanos()) {
                DeliverBroadcastsUseCase.Result step = deliver.deliver(new DeliverBroadcastsUseCase.Command(holder, STEP));
                sent += step.sent();
                failed += step.failed();
                blocked += step.blocked();
                if (step.idle() || step.finished()) {
                    break;
                }
            }
            if (sent + failed + blocked > 0) {
                LOG.debug("broadcasts: {} sent, {} failed, {} blocked the bot in this run", sent, failed, blocked);
            }
        });
    }
}
