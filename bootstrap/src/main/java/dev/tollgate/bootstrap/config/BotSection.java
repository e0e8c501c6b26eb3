package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.between;
import static dev.tollgate.bootstrap.config.Values.nullToEmpty;
import static dev.tollgate.bootstrap.config.Values.positive;

import dev.tollgate.application.port.out.Secret;
import java.time.Duration;
import java.util.List;

/** The {@code bot.*} settings of how updates arrive and are handled; every problem is collected with its variable. */
final class BotSection {

    private BotSection() {
    }

    static Settings.BotRuntime parse(List<String> problems, TollgateConfig.Bot bot, String publicUrl) {
        String mode = nullToEmpty(bot.mode()).trim().toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("polling") && !mode.equals("webhook")) {
            problems.add(Variables.key("bot.mode") + " must be polling or webhook");
        }
        boolean telegramsOwn = nullToEmpty(bot.apiUrl()).contains("api.telegram.org");
        if (mode.equals("webhook") && !nullToEmpty(bot.token()).isBlank()
                && (publicUrl.isEmpty() || (telegramsOwn && !publicUrl.startsWith("https://")))) {
            // Telegram's own servers post only to https; a self-hosted Bot API server (--local) also posts to http.
            problems.add("bot.mode webhook needs " + Variables.key("http.publicUrl") + ": the https:// URL Telegram can reach");
        }
        String path = nullToEmpty(bot.webhookPath()).trim();
        if (!path.matches("/[A-Za-z0-9/_-]{1,100}")) {
            problems.add(Variables.key("bot.webhookPath") + " must start with / and use only A-Z a-z 0-9 / _ -");
        }
        String secret = nullToEmpty(bot.webhookSecret()).trim();
        if (!secret.isEmpty() && !secret.matches("[A-Za-z0-9_-]{16,256}")) {
            problems.add(Variables.key("bot.webhookSecret") + " must be 16 to 256 of A-Z a-z 0-9 _ - (or empty: derived from the token)");
        }
        int workers = between(problems, "bot.workers", bot.workers(), 1, 1024, "");
        Duration lease = positive(problems, "bot.lease", bot.lease());
        return new Settings.BotRuntime(mode.equals("webhook"), path, new Secret(secret), workers, lease);
    }
}
