package dev.tollgate.bootstrap.jobs;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finishes moves of subscriptions to another server that a crash or an unreachable panel interrupted. */
public final class MoveJobsModule extends AbstractModule {

    private static final Logger LOG = LoggerFactory.getLogger(MoveJobsModule.class);

    private final Duration interval;

    /** @param interval how often interrupted moves are carried on (the provisioning job's interval) */
    public MoveJobsModule(Duration interval) {
        this.interval = interval;
    }

    @ProvidesIntoSet
    ScheduledJob resumeMovesJob(MoveSubscriptionUseCase moves) {
        return new ScheduledJob("resume-moves", interval, () -> {
            int finished = moves.resume();
            if (finished > 0) {
                LOG.info("moves: {} interrupted moves finished", finished);
            }
        });
    }
}
