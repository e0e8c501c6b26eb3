package dev.tollgate.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of each job's runs, across all instances: the last run, the last success and the counts. */
public interface JobRuns {

    /** Records one finished run of {@code run.job()}: it becomes the job's last run and is counted. */
    void record(Run run);

    /** Every job that ran at least once, by name. */
    List<State> all();

    /** One finished run; {@code failure} is empty when it succeeded. */
    record Run(String job, String instance, Instant startedAt, Duration duration, Optional<String> failure) {
        public Run {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(failure, "failure");
        }

        public boolean succeeded() {
            return failure.isEmpty();
        }
    }

    /** What is known about a job: its last run and when it last succeeded. */
    record State(Run lastRun, Optional<Instant> lastSuccessAt, long runs, long failures) {
        public State {
            Objects.requireNonNull(lastRun, "lastRun");
            Objects.requireNonNull(lastSuccessAt, "lastSuccessAt");
        }
    }
}
