package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.nullToEmpty;

import dev.tollgate.adapters.telegram.PaymentsSettings;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.shared.Currency;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code payments.*} providers besides Stars and card transfers: a Telegram Payments provider token and a
 * CryptoBot (Crypto Pay) app, each off while its token is empty, and how often CryptoBot is polled for lost webhooks.
 * Every problem is collected with the variable that fixes it.
 */
public final class PaymentsSection {

    /** CryptoBot's currencies the shop can price in: USDT as the asset, USD, EUR and RUB as fiat. */
    private static final Set<Currency> CRYPTO_BOT_CURRENCIES = EnumSet.of(Currency.USDT, Currency.USD, Currency.EUR,
            Currency.RUB);
    private static final Set<String> ASSETS = Set.of("USDT", "TON", "BTC", "ETH", "LTC", "BNB", "TRX", "USDC", "JET");

    private PaymentsSection() {
    }

    /** The parsed section: the providers and the poll interval. */
    public record Payments(PaymentsSettings providers, Duration pollInterval) {
    }

    static Payments parse(List<String> problems, TollgateConfig.Payments payments) {
        Optional<PaymentsSettings.TelegramProvider> telegram = Optional.empty();
        TollgateConfig.TelegramProvider provider = payments.telegram();
        if (provider != null && !nullToEmpty(provider.providerToken()).isBlank()) {
            Set<Currency> currencies = currencies(problems, "payments.telegram.currencies",
                    "TOLLGATE_PAYMENTS_TELEGRAM_CURRENCIES", provider.currencies());
            currencies.stream().filter(c -> c == Currency.XTR || c == Currency.IRR || c == Currency.USDT).findFirst()
                    .ifPresent(c -> problems.add("payments.telegram.currencies (TOLLGATE_PAYMENTS_TELEGRAM_CURRENCIES): "
                            + c + " is not a currency Telegram Payments take (Stars have their own invoices)"));
            telegram = Optional.of(new PaymentsSettings.TelegramProvider(new Secret(provider.providerToken().trim()),
                    currencies));
        }
        Optional<PaymentsSettings.CryptoBot> cryptoBot = Optional.empty();
        TollgateConfig.CryptoBot app = payments.cryptoBot();
        if (app != null && !nullToEmpty(app.token()).isBlank()) {
            String network = nullToEmpty(app.network()).trim().toLowerCase(Locale.ROOT);
            URI api = null;
            String apiUrl = nullToEmpty(app.apiUrl()).trim();
            if (!apiUrl.isEmpty()) {
                try {
                    api = URI.create(apiUrl);
                } catch (IllegalArgumentException e) {
                    problems.add(Variables.key("payments.cryptoBot.apiUrl") + " is not a URL");
                }
            } else if (network.equals("mainnet") || network.isEmpty()) {
                api = PaymentsSettings.CryptoBot.MAINNET;
            } else if (network.equals("testnet")) {
                api = PaymentsSettings.CryptoBot.TESTNET;
            } else {
                problems.add(Variables.key("payments.cryptoBot.network") + " must be mainnet or testnet");
            }
            Set<Currency> currencies = currencies(problems, "payments.cryptoBot.currencies",
                    "TOLLGATE_PAYMENTS_CRYPTO_BOT_CURRENCIES", app.currencies());
            currencies.stream().filter(c -> !CRYPTO_BOT_CURRENCIES.contains(c)).findFirst().ifPresent(c -> problems.add(
                    "payments.cryptoBot.currencies (TOLLGATE_PAYMENTS_CRYPTO_BOT_CURRENCIES): " + c
                            + " is not one CryptoBot prices in; use " + CRYPTO_BOT_CURRENCIES));
            String assets = nullToEmpty(app.acceptedAssets()).replace(" ", "").toUpperCase(Locale.ROOT);
            if (!assets.isEmpty() && !ASSETS.containsAll(Arrays.asList(assets.split(",")))) {
                problems.add(Variables.key("payments.cryptoBot.acceptedAssets") + " must be "
                        + "a comma-separated list of " + ASSETS);
            }
            String path = nullToEmpty(app.webhookPath()).trim();
            if (path.isEmpty()) {
                path = PaymentsSettings.CryptoBot.DEFAULT_WEBHOOK_PATH;
            } else if (!path.matches("/[A-Za-z0-9/_-]{1,100}")) {
                problems.add(Variables.key("payments.cryptoBot.webhookPath") + " must start with / "
                        + "and use only A-Z a-z 0-9 / _ -");
            }
            if (api != null) {
                cryptoBot = Optional.of(new PaymentsSettings.CryptoBot(new Secret(app.token().trim()), api, currencies,
                        assets, path));
            }
        }
        Duration poll = payments.pollInterval() == null ? Duration.ofMinutes(1) : payments.pollInterval();
        if (poll.isNegative() || poll.isZero()) {
            problems.add(Variables.key("payments.pollInterval") + " must be positive, e.g. PT1M");
        }
        return new Payments(new PaymentsSettings(telegram, cryptoBot), poll);
    }

    /** What {@code check-config} prints of the section; tokens only as {@code ***}. */
    static java.util.Map<String, String> describe(Payments payments) {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("payments.telegram", payments.providers().telegram().map(provider -> "on, token "
                + Masked.secret(provider.token()) + ", currencies " + new java.util.TreeSet<>(provider.currencies()))
                .orElse("off"));
        lines.put("payments.cryptoBot", payments.providers().cryptoBot().map(app -> "on at " + app.api() + ", token "
                + Masked.secret(app.token()) + ", currencies " + new java.util.TreeSet<>(app.currencies())
                + ", webhook " + app.webhookPath() + ", polled every " + payments.pollInterval()).orElse("off"));
        return lines;
    }

    private static Set<Currency> currencies(List<String> problems, String key, String variable, String list) {
        Set<Currency> currencies = EnumSet.noneOf(Currency.class);
        for (String code : nullToEmpty(list).split(",")) {
            String trimmed = code.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<Currency> known = Currency.byCode(trimmed);
            if (known.isEmpty()) {
                problems.add(key + " (" + variable + "): " + trimmed + " is not one of " + Arrays.toString(Currency.values()));
            } else {
                currencies.add(known.get());
            }
        }
        if (currencies.isEmpty() && problems.stream().noneMatch(p -> p.startsWith(key))) {
            problems.add(key + " (" + variable + ") must name at least one currency, e.g. USD");
        }
        return currencies;
    }
}
