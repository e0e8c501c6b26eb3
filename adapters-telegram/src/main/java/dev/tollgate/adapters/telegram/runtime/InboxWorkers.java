package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases updates from the inbox (one per user at a time, oldest first, safe across instances) and handles them on a
 * pool of workers; marks each finished only after it was handled. Leases are renewed while work is in hand, so a
 * slow panel does not let another instance take the same update; after a crash they run out and the update is
 * handled again. Only as many updates are leased as there are free workers: the backlog waits in the database.
 */
public final class InboxWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);

    /** How the workers run; the lease is how long a crashed instance keeps its updates from the others. */
    public record Settings(int workers, Duration lease, Duration pollInterval, int maxAttempts, Duration keepFinished) {
    }

    /** What handles one leased update; returns the outcome stored with it. */
    public interface Handler {
        /** The outcome of an update that carried a typed secret: the inbox forgets its JSON once it is finished. */
        String SECRET_REMOVED = "ok, typed secret deleted";

        String handle(StoredUpdate update);

        void giveUp(StoredUpdate update, RuntimeException cause);

        /** Periodic clean-up of what the handler keeps (expired conversations). */
        default void housekeeping(Instant now) {
        }
    }

    private final UpdateInbox inbox;
    private final Handler handler;
    private final Clock clock;
    private final Settings settings;
    private final String owner;
    private final BotMetrics metrics;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean halted;
    private ExecutorService pool;
    private ScheduledExecutorService housekeeping;
    private Thread dispatcher;

    public InboxWorkers(UpdateInbox inbox, Handler handler, Clock clock, Settings settings, String owner) {
        this(inbox, handler, clock, settings, owner, BotMetrics.discarding());
    }

    public InboxWorkers(UpdateInbox inbox, Handler handler, Clock clock, Settings settings, String owner, BotMetrics metrics) {
        this.metrics = metrics;
        this.inbox = inbox;
        this.handler = handler;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
    }

    public synchronized void start() {
        running = true;
        pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                daemon("telegram-worker"));
        housekeeping = new ScheduledThreadPoolExecutor(1, daemon("telegram-inbox-housekeeping"));
        long renewEvery = Math.max(100, settings.lease().toMillis() / 3);
        housekeeping.scheduleWithFixedDelay(this::renew, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.SECONDS);
        dispatcher = daemon("telegram-dispatcher").newThread(this::dispatch);
        dispatcher.start();
    }

    /** New updates are in the inbox: look now instead of at the next poll. */
    public void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Stops leasing, lets the work in hand finish (up to {@code grace}), then gives back what is left. */
    public void stop(Duration grace) {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        wake();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} updates were still in hand at stop; they are handled again at the next start", inFlight.get());
                pool.shutdownNow();
            }
            dispatcher.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        housekeeping.shutdownNow();
        try {
            inbox.release(owner);
        } catch (RuntimeException e) {
            LOG.warn("leases could not be given back at stop ({}); they run out in {}", e.getMessage(), settings.lease());
        }
    }

    /** As if the process died: nothing more is leased, finished or given back (tests of crash recovery). */
    void halt() {
        running = false;
        halted = true;
        wake();
        pool.shutdownNow();
        housekeeping.shutdownNow();
    }

    private void dispatch() {
        long backoff = 0;
        while (running) {
            int free = settings.workers() - inFlight.get();
            if (free <= 0) {
                await(settings.pollInterval().toMillis());
                continue;
            }
            List<StoredUpdate> claimed;
            try {
                Instant now = clock.instant();
                claimed = inbox.claim(owner, Math.min(free, 100), now, now.plus(settings.lease()));
                if (backoff > 0) {
                    LOG.info("the database answers again; handling Telegram updates");
                }
                backoff = 0;
            } catch (StoreUnavailableException e) {
                if (backoff == 0) {
                    LOG.warn("the database is unreachable ({}); Telegram updates wait until it is back", e.getMessage());
                }
                backoff = Math.min(5000, Math.max(200, backoff * 2));
                await(backoff);
                continue;
            } catch (RuntimeException e) {
                LOG.warn("leasing updates failed: {}", e.toString());
                await(1000);
                continue;
            }
            for (StoredUpdate update : claimed) {
                inFlight.incrementAndGet();
                try {
                    pool.execute(() -> work(update));
                } catch (RuntimeException rejected) {
                    inFlight.decrementAndGet();
                }
            }
            if (claimed.isEmpty()) {
                await(settings.pollInterval().toMillis());
            }
        }
    }

    private void work(StoredUpdate update) {
        try {
            String outcome;
            try {
                outcome = handler.handle(update);
                metrics.update(update.kind(), "ok");
            } catch (StoreUnavailableException e) {
                metrics.update(update.kind(), "retried");
                retryLater(update, e);
                return;
            } catch (RuntimeException e) {
                if (update.attempts() < settings.maxAttempts()) {
                    metrics.update(update.kind(), "retried");
                    LOG.warn("update {} failed (attempt {} of {}), trying again: {}", update.updateId(), update.attempts(),
                            settings.maxAttempts(), e.toString());
                    retryLater(update, e);
                    return;
                }
                LOG.warn("update {} failed {} times and is given up: {}", update.updateId(), update.attempts(), e.toString());
                outcome = "failed: " + e.getClass().getSimpleName();
                metrics.update(update.kind(), "failed");
                try {
                    handler.giveUp(update, e);
                } catch (RuntimeException alsoFailed) {
                    LOG.warn("update {} could not be reported either: {}", update.updateId(), alsoFailed.toString());
                }
            }
            finish(update, outcome);
        } finally {
            inFlight.decrementAndGet();
            wake();
        }
    }

    private void finish(StoredUpdate update, String outcome) {
        if (halted) {
            return;
        }
        try {
            String stored = outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
            if (outcome.equals(Handler.SECRET_REMOVED)) {
                inbox.finishForgettingPayload(update.updateId(), owner, stored, clock.instant());
            } else {
                inbox.finish(update.updateId(), owner, stored, clock.instant());
            }
        } catch (RuntimeException e) {
            // Not marked: the lease runs out and the update is handled again, which handlers are built to survive.
            LOG.warn("update {} was handled but could not be marked finished: {}", update.updateId(), e.getMessage());
        }
    }

    private void retryLater(StoredUpdate update, RuntimeException cause) {
        long delay = Math.min(60_000, 500L << Math.min(7, update.attempts()));
        try {
            inbox.retryLater(update.updateId(), owner, clock.instant().plusMillis(delay));
        } catch (RuntimeException e) {
            LOG.debug("update {} stays leased until its lease runs out: {}", update.updateId(), e.getMessage());
        }
    }

    private void renew() {
        if (inFlight.get() == 0) {
            return;
        }
        try {
            inbox.renew(owner, clock.instant().plus(settings.lease()));
        } catch (RuntimeException e) {
            LOG.warn("leases could not be renewed: {}", e.getMessage());
        }
    }

    private void prune() {
        try {
            inbox.pruneFinished(clock.instant().minus(settings.keepFinished()), 5000);
            handler.housekeeping(clock.instant());
        } catch (RuntimeException e) {
            LOG.debug("pruning the inbox failed: {}", e.getMessage());
        }
    }

    private void await(long millis) {
        synchronized (signal) {
            try {
                signal.wait(Math.max(1, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
