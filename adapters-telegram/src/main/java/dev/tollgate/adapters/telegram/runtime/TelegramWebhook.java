package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.UpdateInbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook Telegram POSTs updates to: the secret token header must match (compared in constant time), the update
 * is stored in the inbox before the 200 goes back; when the database is away the answer is 503 and Telegram retries.
 */
public final class TelegramWebhook implements ReceiveWebhookUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final String path;
    private final byte[] secret;
    private final UpdateInbox inbox;
    private final Consumer<Update> preCheckout;
    private final Runnable stored;
    private final Clock clock;
    private volatile boolean open;

    public TelegramWebhook(String path, String secret, UpdateInbox inbox, Consumer<Update> preCheckout, Runnable stored,
                           Clock clock) {
        this.path = path;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.inbox = inbox;
        this.preCheckout = preCheckout;
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    public String path() {
        return path;
    }

    /** Until the bot has started (and after it stopped) deliveries get 503, so Telegram keeps them. */
    public void open(boolean open) {
        this.open = open;
    }

    @Override
    public Result receive(Command command) {
        byte[] given = command.header(SECRET_HEADER).orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, secret)) {
            return Result.refused(401, "wrong or missing secret token");
        }
        if (!open) {
            return Result.refused(503, "not ready");
        }
        Update update;
        String json = new String(command.body(), StandardCharsets.UTF_8);
        try {
            update = Updates.parse(json);
        } catch (IllegalArgumentException e) {
            return Result.refused(400, "not a Telegram update");
        }
        if (update.getUpdateId() == null) {
            return Result.refused(400, "no update_id");
        }
        if (update.hasPreCheckoutQuery()) {
            preCheckout.accept(update);
            return Result.accepted();
        }
        try {
            inbox.store(List.of(Updates.stored(update, json, clock.instant())));
        } catch (StoreUnavailableException e) {
            LOG.warn("a Telegram update could not be stored, answering 503 so Telegram delivers it again: {}", e.getMessage());
            return Result.refused(503, "try again later");
        }
        stored.run();
        return Result.accepted();
    }
}
