package dev.tollgate.bootstrap.jobs;

import java.time.Duration;
import java.util.Objects;

/** One of the app's periodic jobs: a name for the logs, how often it runs, and what it does. */
public record ScheduledJob(String name, Duration interval, Runnable run) {

    public ScheduledJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(run, "run");
    }
}
