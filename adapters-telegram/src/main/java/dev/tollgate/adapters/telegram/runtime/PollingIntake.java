package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling that loses nothing: a batch is stored in the inbox before the next getUpdates confirms its offset,
 * so Telegram keeps every update we have not stored. It asks only for what there is room for, pauses while the
 * database is away, and says once, clearly, when another instance polls with the same token.
 */
public final class PollingIntake {

    private static final Logger LOG = LoggerFactory.getLogger(PollingIntake.class);
    private static final int TIMEOUT_SECONDS = 25;

    private final TelegramClient client;
    private final UpdateInbox inbox;
    private final InboxWorkers workers;
    private final Consumer<Update> preCheckout;
    private final List<String> allowedUpdates;
    private final int maxBacklog;
    private final Clock clock;
    private final BotMetrics metrics;
    private volatile boolean running;
    private Thread thread;
    private int offset;

    public PollingIntake(TelegramClient client, UpdateInbox inbox, InboxWorkers workers, Consumer<Update> preCheckout,
                         List<String> allowedUpdates, int maxBacklog, Clock clock) {
        this(client, inbox, workers, preCheckout, allowedUpdates, maxBacklog, clock, BotMetrics.discarding());
    }

    public PollingIntake(TelegramClient client, UpdateInbox inbox, InboxWorkers workers, Consumer<Update> preCheckout,
                         List<String> allowedUpdates, int maxBacklog, Clock clock, BotMetrics metrics) {
        this.metrics = metrics;
        this.client = client;
        this.inbox = inbox;
        this.workers = workers;
        this.preCheckout = preCheckout;
        this.allowedUpdates = allowedUpdates;
        this.maxBacklog = maxBacklog;
        this.clock = clock;
    }

    public synchronized void start() {
        running = true;
        thread = InboxWorkers.daemon("telegram-polling").newThread(this::run);
        thread.start();
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        boolean conflictReported = false;
        int failures = 0;
        while (running) {
            try {
                long backlog = inbox.depth().unfinished();
                int room = (int) Math.min(100, maxBacklog - backlog);
                if (room <= 0) {
                    pause(200);
                    continue;
                }
                List<Update> updates = client.execute(GetUpdates.builder().offset(offset).limit(room)
                        .timeout(TIMEOUT_SECONDS).allowedUpdates(allowedUpdates).build());
                metrics.apiCall("getUpdates", "ok");
                if (failures > 0 || conflictReported) {
                    LOG.info("Telegram long polling works again");
                }
                failures = 0;
                conflictReported = false;
                store(updates);
            } catch (TelegramApiRequestException e) {
                metrics.apiCall("getUpdates", BotMetrics.result(e.getErrorCode() == null ? 0 : e.getErrorCode(), ""));
                if (e.getErrorCode() != null && e.getErrorCode() == 409) {
                    if (!conflictReported) {
                        LOG.warn("Telegram refuses getUpdates (409): another instance is polling with this bot token, or a "
                                + "webhook is set. Run one poller per token, or use TOLLGATE_BOT_MODE=webhook for several instances.");
                        conflictReported = true;
                    }
                    pause(5000);
                } else {
                    failures = reportAndWait(failures, e.getErrorCode() + " " + e.getApiResponse());
                }
            } catch (TelegramApiException e) {
                metrics.apiCall("getUpdates", "network_error");
                failures = reportAndWait(failures, e.getMessage());
            } catch (StoreUnavailableException e) {
                failures = reportAndWait(failures, "the database is unreachable: " + e.getMessage());
            }
        }
    }

    /** Stores the batch (retrying while the database is away), only then moves the offset past it. */
    private void store(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        List<StoredUpdate> batch = new ArrayList<>();
        List<Update> checkouts = new ArrayList<>();
        int last = offset;
        for (Update update : updates) {
            last = Math.max(last, update.getUpdateId() + 1);
            if (update.hasPreCheckoutQuery()) {
                checkouts.add(update);
            } else {
                batch.add(Updates.stored(update, Updates.json(update), clock.instant()));
            }
        }
        checkouts.forEach(preCheckout);
        int failures = 0;
        while (running) {
            try {
                inbox.store(batch);
                break;
            } catch (StoreUnavailableException e) {
                failures = reportAndWait(failures, "updates cannot be stored, the database is unreachable: " + e.getMessage());
            }
        }
        if (running) {
            offset = last;
            workers.wake();
        }
    }

    private int reportAndWait(int failures, String problem) {
        if (failures == 0) {
            LOG.warn("Telegram long polling paused: {}; retrying", problem);
        }
        pause(Math.min(10_000, 500L << Math.min(5, failures)));
        return failures + 1;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
