package dev.tollgate.bootstrap.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wraps each job so {@code /metrics} shows its runs and their duration ({@code tollgate_job_runs_seconds{job,outcome}})
 * and its failures ({@code tollgate_job_failures_total{job}}), whichever scheduler runs it.
 */
public final class TimedJobs {

    private TimedJobs() {
    }

    public static Set<ScheduledJob> timed(Set<ScheduledJob> jobs, MeterRegistry registry) {
        return jobs.stream().map(job -> timed(job, registry)).collect(Collectors.toUnmodifiableSet());
    }

    public static ScheduledJob timed(ScheduledJob job, MeterRegistry registry) {
        Timer ok = Timer.builder("tollgate.job.runs").tags("job", job.name(), "outcome", "ok")
                .description("runs of a periodic job").register(registry);
        Timer failed = Timer.builder("tollgate.job.runs").tags("job", job.name(), "outcome", "failed").register(registry);
        Counter failures = Counter.builder("tollgate.job.failures").tag("job", job.name())
                .description("runs of a periodic job that threw").register(registry);
        return new ScheduledJob(job.name(), job.interval(), () -> {
            long started = System.nanoTime();
            try {
                job.run().run();
                ok.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                failed.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
                failures.increment();
                throw e;
            }
        });
    }
}
