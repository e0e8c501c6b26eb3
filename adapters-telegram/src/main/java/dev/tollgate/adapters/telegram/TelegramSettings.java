package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.out.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Objects;

/**
 * Everything the Telegram adapter is configured with. {@code webhookSecret} may be empty: it is then derived from the
 * token, so every instance of one shop computes the same one without another setting to share.
 */
public record TelegramSettings(Secret token, URI apiUrl, ZoneId displayZone, String cardNumber, String cardHolder,
                               String cardCurrency, boolean webhook, String publicUrl, String webhookPath,
                               Secret webhookSecret, int workers, Duration lease, int maxBacklog, int bulkPerSecond,
                               Duration alertWindow) {

    public static final String DEFAULT_WEBHOOK_PATH = "/telegram/webhook";

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("a bot token is required");
        }
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(displayZone, "displayZone");
        if (webhook && (publicUrl == null || publicUrl.isBlank())) {
            throw new IllegalArgumentException("webhook mode needs the public URL Telegram posts to (TOLLGATE_HTTP_PUBLIC_URL)");
        }
        webhookPath = webhookPath == null || webhookPath.isBlank() ? DEFAULT_WEBHOOK_PATH : webhookPath;
        if (workers < 1 || workers > 1024) {
            throw new IllegalArgumentException("bot workers must be 1 to 1024");
        }
    }

    /** Long polling with the defaults: what tests and small shops use. */
    public static TelegramSettings polling(Secret token, URI apiUrl, ZoneId displayZone) {
        return new TelegramSettings(token, apiUrl, displayZone, "", "", "", false, "", DEFAULT_WEBHOOK_PATH,
                new Secret(""), 64, Duration.ofSeconds(15), 1000, 25, Duration.ofSeconds(60));
    }

    public TelegramSettings withCard(String number, String holder, String currency) {
        return new TelegramSettings(token, apiUrl, displayZone, number, holder, currency, webhook, publicUrl, webhookPath,
                webhookSecret, workers, lease, maxBacklog, bulkPerSecond, alertWindow);
    }

    public TelegramSettings withWebhook(String url, String path, Secret secret) {
        return new TelegramSettings(token, apiUrl, displayZone, cardNumber, cardHolder, cardCurrency, true, url, path,
                secret, workers, lease, maxBacklog, bulkPerSecond, alertWindow);
    }

    public TelegramSettings withRuntime(int workerCount, Duration leaseTime, int backlog, int bulkRate, Duration window) {
        return new TelegramSettings(token, apiUrl, displayZone, cardNumber, cardHolder, cardCurrency, webhook, publicUrl,
                webhookPath, webhookSecret, workerCount, leaseTime, backlog, bulkRate, window);
    }

    /** The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token: 1-256 of A-Z a-z 0-9 _ -. */
    String effectiveWebhookSecret() {
        if (webhookSecret != null && !webhookSecret.isEmpty()) {
            return webhookSecret.value();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("tollgate-webhook:" + token.value()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String webhookUrl() {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + webhookPath;
    }
}
