package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.out.LifecycleService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Checks the token with getMe, then long-polls for updates until the application stops. */
final class TelegramBot implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    private final String token;
    private final TelegramUrl url;
    private final TelegramClient client;
    private final UpdateDispatcher dispatcher;
    private final BotIdentity identity;
    private TelegramBotsLongPollingApplication polling;

    TelegramBot(String token, TelegramUrl url, TelegramClient client, UpdateDispatcher dispatcher, BotIdentity identity) {
        this.identity = identity;
        this.token = token;
        this.url = url;
        this.client = client;
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return "telegram-bot";
    }

    @Override
    public int phase() {
        return PHASE_FRONTENDS;
    }

    @Override
    public synchronized void start() {
        try {
            User me = client.execute(new GetMe());
            identity.learn(me.getUserName());
            LOG.info("Telegram bot @{} connected to {}://{}:{}", me.getUserName(), url.getSchema(), url.getHost(), url.getPort());
            polling = new TelegramBotsLongPollingApplication();
            polling.registerBot(token, () -> url,
                    new DefaultGetUpdatesGenerator(List.of("message", "callback_query", "pre_checkout_query")), dispatcher);
        } catch (TelegramApiException e) {
            throw new IllegalStateException("cannot start the Telegram bot: " + e.getMessage()
                    + " (check TOLLGATE_BOT_TOKEN and TOLLGATE_BOT_API_URL)", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                LOG.warn("Telegram long polling did not stop cleanly: {}", e.getMessage());
            }
            polling = null;
        }
        dispatcher.close();
    }
}
