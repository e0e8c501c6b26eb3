package dev.tollgate.bootstrap.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.application.port.out.LifecycleService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the app's periodic jobs through db-scheduler on the app's own database (table {@code scheduled_tasks}): each
 * job is one row that an instance claims when it is due, so a job runs once per interval across all instances; a
 * running instance heartbeats, and a run whose instance died (no heartbeat for {@link Timing#deadAfter()}) is run
 * again by another instance. Every run's outcome and duration go to {@link JobRuns}; a failing run is logged once
 * with its cause and the next interval tries again.
 */
public final class Jobs implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** How the scheduler polls and heartbeats; the defaults suit jobs that run every 15 s or slower. */
    public record Timing(Duration polling, Duration heartbeat, int missedHeartbeats, Duration stopWait) {
        static final Timing DEFAULT = new Timing(Duration.ofSeconds(5), Duration.ofSeconds(15), 4, Duration.ofSeconds(10));

        /** The default, polling as often as the most frequent job runs (between 0.5 s and 5 s) so no job runs late. */
        public static Timing forJobs(Set<ScheduledJob> jobs) {
            Duration shortest = jobs.stream().map(ScheduledJob::interval).min(Duration::compareTo).orElse(DEFAULT.polling());
            Duration polling = shortest.compareTo(DEFAULT.polling()) > 0 ? DEFAULT.polling()
                    : shortest.compareTo(Duration.ofMillis(500)) < 0 ? Duration.ofMillis(500) : shortest;
            return new Timing(polling, DEFAULT.heartbeat(), DEFAULT.missedHeartbeats(), DEFAULT.stopWait());
        }

        public Timing {
            Objects.requireNonNull(polling, "polling");
            Objects.requireNonNull(heartbeat, "heartbeat");
            Objects.requireNonNull(stopWait, "stopWait");
        }

        Duration deadAfter() {
            return heartbeat.multipliedBy(missedHeartbeats);
        }
    }

    private final List<ScheduledJob> jobs;
    private final DataSource dataSource;
    private final JobRuns runs;
    private final Clock clock;
    private final String instance;
    private final Timing timing;
    private Scheduler scheduler;

    public Jobs(Set<ScheduledJob> jobs, DataSource dataSource, JobRuns runs, Clock clock, String instance, Timing timing) {
        this.jobs = jobs.stream().sorted(Comparator.comparing(ScheduledJob::name)).collect(Collectors.toList());
        this.dataSource = dataSource;
        this.runs = runs;
        this.clock = clock;
        this.instance = instance;
        this.timing = timing;
    }

    private static final java.util.concurrent.atomic.AtomicInteger STARTED_IN_THIS_PROCESS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * This instance's name in {@code scheduled_tasks.picked_by} and {@code job_runs.instance}: host and process id
     * (and a number when one process runs several apps, as tests do).
     */
    public static String instanceName() {
        int number = STARTED_IN_THIS_PROCESS.incrementAndGet();
        return hostAndPid() + (number == 1 ? "" : "-" + number);
    }

    private static String hostAndPid() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public int phase() {
        return PHASE_JOBS;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), FixedDelay.of(job.interval()))
                        .execute((taskInstance, context) -> runOnce(job)))
                .collect(Collectors.toList());
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .schedulerName(new SchedulerName.Fixed(instance))
                .threads(Math.max(1, Math.min(4, jobs.size())))
                .pollingInterval(timing.polling())
                .heartbeatInterval(timing.heartbeat())
                .missedHeartbeatsLimit(timing.missedHeartbeats())
                .shutdownMaxWait(timing.stopWait())
                .build();
        scheduler.start();
        LOG.info("jobs scheduled on the database as {}: {}", instance,
                jobs.stream().map(j -> j.name() + " every " + j.interval()).collect(Collectors.joining(", ")));
    }

    void runOnce(ScheduledJob job) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Optional<String> failure = Optional.empty();
        try {
            job.run().run();
        } catch (RuntimeException e) {
            failure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warn("job {} failed: {}; it runs again in {}", job.name(), failure.get(), job.interval());
            LOG.debug("job {} failure", job.name(), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        try {
            runs.record(new JobRuns.Run(job.name(), instance, started, took, failure));
        } catch (RuntimeException e) {
            LOG.warn("cannot record the run of job {}: {}", job.name(), e.getMessage());
        }
    }

    /** Stops claiming runs and waits up to {@link Timing#stopWait()} for the runs in progress to finish. */
    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }
}
