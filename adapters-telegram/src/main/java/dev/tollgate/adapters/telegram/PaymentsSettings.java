package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.shared.Currency;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The payment providers besides Stars (always on with the bot): a Telegram Payments provider token from @BotFather
 * with the currencies to charge in, and a CryptoBot (Crypto Pay) app. Each is off when absent.
 */
public record PaymentsSettings(Optional<TelegramProvider> telegram, Optional<CryptoBot> cryptoBot) {

    public PaymentsSettings {
        Objects.requireNonNull(telegram, "telegram");
        Objects.requireNonNull(cryptoBot, "cryptoBot");
    }

    public static PaymentsSettings starsOnly() {
        return new PaymentsSettings(Optional.empty(), Optional.empty());
    }

    /** A provider connected to the bot in @BotFather → Payments; its token is the invoices' provider_token. */
    public record TelegramProvider(Secret token, Set<Currency> currencies) {
        public TelegramProvider {
            Objects.requireNonNull(token, "token");
            currencies = Set.copyOf(currencies);
        }
    }

    /**
     * A Crypto Pay app: its API token, the API root (mainnet, testnet or a test double), the currencies invoices are
     * priced in (USDT as the asset; USD, EUR, RUB as fiat), the assets a payer of a fiat invoice may use, and the path
     * of the webhook on the HTTP front.
     */
    public record CryptoBot(Secret token, URI api, Set<Currency> currencies, String acceptedAssets, String webhookPath) {
        public static final String DEFAULT_WEBHOOK_PATH = "/payments/cryptobot";
        /** Mainnet (@CryptoBot) and testnet (@CryptoTestnetBot) API roots. */
        public static final URI MAINNET = URI.create("https://pay.crypt.bot/api/");
        public static final URI TESTNET = URI.create("https://testnet-pay.crypt.bot/api/");

        public CryptoBot {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(api, "api");
            currencies = Set.copyOf(currencies);
            acceptedAssets = acceptedAssets == null ? "" : acceptedAssets;
            webhookPath = webhookPath == null || webhookPath.isBlank() ? DEFAULT_WEBHOOK_PATH : webhookPath;
        }
    }
}
