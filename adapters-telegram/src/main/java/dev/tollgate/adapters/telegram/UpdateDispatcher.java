package dev.tollgate.adapters.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to a small set of worker threads, always the same one per user, so one slow panel call delays
 * only that user's updates and each user's updates stay in order.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UserBot bot;
    private final List<ExecutorService> lanes = new ArrayList<>();

    UpdateDispatcher(UserBot bot, int lanes) {
        this.bot = bot;
        for (int i = 0; i < lanes; i++) {
            int lane = i;
            this.lanes.add(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "telegram-lane-" + lane);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            lanes.get(Math.floorMod(Long.hashCode(userOf(update)), lanes.size())).execute(() -> handle(update));
        }
    }

    private void handle(Update update) {
        try {
            bot.handle(update);
        } catch (RuntimeException e) {
            LOG.error("update {} could not be handled", update.getUpdateId(), e);
        }
    }

    private static long userOf(Update update) {
        if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            return update.getCallbackQuery().getFrom().getId();
        }
        if (update.hasMessage() && update.getMessage().getFrom() != null) {
            return update.getMessage().getFrom().getId();
        }
        return update.getUpdateId();
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(10, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                lane.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
