package dev.tollgate.application.port.in;

import java.util.Objects;

/**
 * The sending job's step: claims a broadcast that is sending (one instance at a time, by lease), sends it to up to
 * {@code maxMessages} more recipients, shows its author the progress, and finishes it when everyone had a try.
 */
public interface DeliverBroadcastsUseCase {

    Result deliver(Command command);

    /** {@code holder} names this instance; the same holder keeps its broadcast from one step to the next. */
    record Command(String holder, int maxMessages) {
        public Command {
            Objects.requireNonNull(holder, "holder");
            if (maxMessages < 1) {
                throw new IllegalArgumentException("a step sends at least one message");
            }
        }
    }

    /** What this step did; {@code idle} when no broadcast was waiting. */
    record Result(boolean idle, int sent, int failed, int blocked, boolean finished) {
        public static Result nothing() {
            return new Result(true, 0, 0, 0, false);
        }
    }
}
