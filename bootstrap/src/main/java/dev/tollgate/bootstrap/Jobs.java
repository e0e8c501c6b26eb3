package dev.tollgate.bootstrap;

import dev.tollgate.application.port.out.LifecycleService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the app's own periodic jobs; a failing run is logged with its cause (never swallowed) and counted, and the
 * next run tries again. Runs of one job never overlap in this instance; the use cases themselves stay safe when
 * several instances run side by side (queue leases, unique claims in the database).
 */
final class Jobs implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private final List<ScheduledJob> jobs;
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    Jobs(Set<ScheduledJob> jobs) {
        this.jobs = jobs.stream().sorted(java.util.Comparator.comparing(ScheduledJob::name)).collect(Collectors.toList());
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
        scheduler = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, jobs.size())), runnable -> {
            Thread thread = new Thread(runnable, "tollgate-job");
            thread.setDaemon(true);
            return thread;
        });
        for (ScheduledJob job : jobs) {
            scheduler.scheduleWithFixedDelay(() -> runOnce(job), job.interval().toMillis(), job.interval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        LOG.info("jobs scheduled: {}", jobs.stream().map(j -> j.name() + " every " + j.interval()).collect(Collectors.joining(", ")));
    }

    void runOnce(ScheduledJob job) {
        try {
            job.run().run();
        } catch (RuntimeException e) {
            long failed = failures.computeIfAbsent(job.name(), name -> new AtomicLong()).incrementAndGet();
            LOG.error("job {} failed ({} failures so far); it runs again in {}", job.name(), failed, job.interval(), e);
        }
    }

    long failures(String job) {
        return failures.getOrDefault(job, new AtomicLong()).get();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
