package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.UpdateInbox;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Starts the bot: checks the token with getMe (failing start-up with one clear line when it cannot), publishes the
 * commands, sets or deletes the webhook for the mode, then starts the workers and the intake; stops them in reverse.
 */
public final class BotRuntime implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(BotRuntime.class);
    public static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "pre_checkout_query", "my_chat_member");

    /** How updates arrive: long polling, or the webhook at {@code webhookUrl} (public URL + path). */
    public record Mode(boolean webhook, String webhookUrl, String secret, int maxConnections) {
    }

    private final TelegramClient client;
    private final BotIdentity identity;
    private final BotCommands commands;
    private final AdminDirectory admins;
    private final UpdateInbox inbox;
    private final InboxWorkers workers;
    private final TelegramWebhook webhook;
    private final Mode mode;
    private final int maxBacklog;
    private final Clock clock;
    private final String apiHost;
    private final PreCheckouts preCheckouts;
    private final BotMetrics metrics;
    private PollingIntake polling;

    public BotRuntime(TelegramClient client, BotIdentity identity, BotCommands commands, AdminDirectory admins,
                      UpdateInbox inbox, InboxWorkers workers, PreCheckouts preCheckouts, TelegramWebhook webhook, Mode mode,
                      int maxBacklog, Clock clock, String apiHost, BotMetrics metrics) {
        this.metrics = metrics;
        this.client = client;
        this.identity = identity;
        this.commands = commands;
        this.admins = admins;
        this.inbox = inbox;
        this.workers = workers;
        this.preCheckouts = preCheckouts;
        this.webhook = webhook;
        this.mode = mode;
        this.maxBacklog = maxBacklog;
        this.clock = clock;
        this.apiHost = apiHost;
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
        User me;
        try {
            me = client.execute(new GetMe());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("the Telegram Bot API at " + apiHost + " refused or did not answer getMe ("
                    + e.getMessage() + "); check TOLLGATE_BOT_TOKEN and TOLLGATE_BOT_API_URL");
        }
        identity.learn(me.getUserName());
        commands.publish(admins.admins());
        try {
            if (mode.webhook()) {
                client.execute(SetWebhook.builder().url(mode.webhookUrl()).secretToken(mode.secret())
                        .allowedUpdates(ALLOWED_UPDATES).maxConnections(mode.maxConnections()).dropPendingUpdates(false).build());
            } else {
                client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
            }
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram refused " + (mode.webhook() ? "setWebhook for " + mode.webhookUrl()
                    : "deleteWebhook") + ": " + e.getMessage() + (mode.webhook()
                    ? " (the webhook needs a public HTTPS URL: check TOLLGATE_HTTP_PUBLIC_URL)" : ""));
        }
        workers.start();
        if (mode.webhook()) {
            webhook.open(true);
        } else {
            polling = new PollingIntake(client, inbox, workers, preCheckouts, ALLOWED_UPDATES, maxBacklog, clock, metrics);
            polling.start();
        }
        LOG.info("Telegram bot @{} connected to {} ({})", me.getUserName(), apiHost,
                mode.webhook() ? "webhook" : "long polling");
    }

    @Override
    public synchronized void stop() {
        webhook.open(false);
        if (polling != null) {
            polling.stop();
            polling = null;
        }
        workers.stop(Duration.ofSeconds(10));
        preCheckouts.close();
    }
}
