package dev.tollgate.bootstrap;

import dev.tollgate.application.port.in.ActivatePendingSubscriptionsUseCase;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.out.LifecycleService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's own scheduled jobs; a failing run is logged with its cause and the next run tries again. */
final class Jobs implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final int PENDING_BATCH = 50;

    private final ActivatePendingSubscriptionsUseCase activatePending;
    private final ReconcilePanelsUseCase reconcilePanels;
    private final Duration pendingInterval;
    private final Duration reconcileInterval;
    private final AtomicLong failedRuns = new AtomicLong();
    private ScheduledExecutorService scheduler;

    Jobs(ActivatePendingSubscriptionsUseCase activatePending, ReconcilePanelsUseCase reconcilePanels,
         Duration pendingInterval, Duration reconcileInterval) {
        this.activatePending = activatePending;
        this.reconcilePanels = reconcilePanels;
        this.pendingInterval = pendingInterval;
        this.reconcileInterval = reconcileInterval;
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
        scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "tollgate-job");
            thread.setDaemon(true);
            return thread;
        });
        schedule("activate-pending", pendingInterval, this::runActivatePending);
        schedule("reconcile-panels", reconcileInterval, this::runReconcile);
    }

    void runActivatePending() {
        ActivatePendingSubscriptionsUseCase.Result result =
                activatePending.activatePending(new ActivatePendingSubscriptionsUseCase.Command(PENDING_BATCH));
        if (result.activated() > 0 || result.stillPending() > 0) {
            LOG.info("pending activations: {} completed, {} still pending", result.activated(), result.stillPending());
        }
    }

    void runReconcile() {
        ReconcilePanelsUseCase.Result result = reconcilePanels.reconcile();
        if (result.serversDown() > 0 || result.clientsReapplied() > 0) {
            LOG.info("panels: {} up, {} down, {} clients re-applied", result.serversUp(), result.serversDown(),
                    result.clientsReapplied());
        }
    }

    long failedRuns() {
        return failedRuns.get();
    }

    private void schedule(String name, Duration interval, Runnable job) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                failedRuns.incrementAndGet();
                LOG.error("job {} failed; it runs again in {}", name, interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
