package dev.tollgate.adapters.telegram.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Pre-checkout queries are answered as they arrive, not queued behind the inbox: Telegram gives ten seconds, and
 * no money moves before the answer (if it is lost, Telegram fails the payment and the user can simply retry).
 */
public final class PreCheckouts implements Consumer<Update>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreCheckouts.class);

    private final UpdateHandler handler;
    private final ExecutorService pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(1000),
            InboxWorkers.daemon("telegram-precheckout"));

    public PreCheckouts(UpdateHandler handler) {
        this.handler = handler;
    }

    @Override
    public void accept(Update update) {
        try {
            pool.execute(() -> {
                try {
                    handler.handle(update, false);
                } catch (RuntimeException e) {
                    LOG.warn("pre-checkout query of update {} could not be answered: {}", update.getUpdateId(), e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("pre-checkout query of update {} dropped: too many at once", update.getUpdateId());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
