package dev.tollgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.telegram.PaymentsSettings;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.bootstrap.Application;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The payments section: each provider off until its token is set, every problem named by its variable, the wiring. */
class PaymentsSectionTest {

    private static final Secret TEST_KEY = new Secret(java.util.Base64.getEncoder().encodeToString(new byte[32]));
    private static final Map<String, String> BOTH = Map.of(
            "TOLLGATE_BOT_TOKEN", "1:fake", "TOLLGATE_DB_URL", "jdbc:h2:mem:payments-wiring",
            "TOLLGATE_PAYMENTS_TELEGRAM_PROVIDER_TOKEN", "284685063:TEST:secret-provider-token",
            "TOLLGATE_PAYMENTS_TELEGRAM_CURRENCIES", "usd, EUR",
            "TOLLGATE_PAYMENTS_CRYPTO_BOT_TOKEN", "12345:secret-crypto-pay-token",
            "TOLLGATE_PAYMENTS_CRYPTO_BOT_NETWORK", "testnet",
            "TOLLGATE_PAYMENTS_CRYPTO_BOT_CURRENCIES", "USDT,USD",
            "TOLLGATE_PAYMENTS_CRYPTO_BOT_ACCEPTED_ASSETS", "USDT, TON",
            "TOLLGATE_PAYMENTS_POLL_INTERVAL", "PT30S");

    @Test
    void load_withNoProviderToken_leavesEveryProviderOff() {
        Settings settings = new ConfigLoader().load(Map.of());

        assertThat(settings.payments().providers()).isEqualTo(PaymentsSettings.starsOnly());
        assertThat(settings.payments().pollInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(EffectiveConfiguration.render(settings)).contains("payments.telegram", "payments.cryptoBot");
    }

    @Test
    void load_withBothTokens_configuresTheProviderAndCryptoBotOnTestnet_andCheckConfigMasksTheTokens() {
        Settings settings = new ConfigLoader().load(BOTH);

        PaymentsSettings providers = settings.payments().providers();
        assertThat(providers.telegram().orElseThrow().currencies()).containsExactlyInAnyOrder(Currency.USD, Currency.EUR);
        PaymentsSettings.CryptoBot app = providers.cryptoBot().orElseThrow();
        assertThat(app.api()).isEqualTo(PaymentsSettings.CryptoBot.TESTNET);
        assertThat(app.currencies()).containsExactlyInAnyOrder(Currency.USDT, Currency.USD);
        assertThat(app.acceptedAssets()).isEqualTo("USDT,TON");
        assertThat(app.webhookPath()).isEqualTo("/payments/cryptobot");
        assertThat(settings.payments().pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(EffectiveConfiguration.render(settings)).doesNotContain("secret-provider-token", "secret-crypto-pay-token")
                .contains("testnet-pay.crypt.bot");
    }

    @Test
    void load_withBadPaymentValues_namesTheVariableOfEachProblem() {
        assertThatThrownBy(() -> new ConfigLoader().load(Map.of(
                "TOLLGATE_PAYMENTS_TELEGRAM_PROVIDER_TOKEN", "284685063:TEST:x",
                "TOLLGATE_PAYMENTS_TELEGRAM_CURRENCIES", "XTR,GBP",
                "TOLLGATE_PAYMENTS_CRYPTO_BOT_TOKEN", "1:x",
                "TOLLGATE_PAYMENTS_CRYPTO_BOT_NETWORK", "moon",
                "TOLLGATE_PAYMENTS_CRYPTO_BOT_CURRENCIES", "IRR",
                "TOLLGATE_PAYMENTS_CRYPTO_BOT_ACCEPTED_ASSETS", "DOGE",
                "TOLLGATE_PAYMENTS_CRYPTO_BOT_WEBHOOK_PATH", "no-slash",
                "TOLLGATE_PAYMENTS_POLL_INTERVAL", "PT0S")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("TOLLGATE_PAYMENTS_TELEGRAM_CURRENCIES): GBP")
                .hasMessageContaining("TOLLGATE_PAYMENTS_CRYPTO_BOT_NETWORK")
                .hasMessageContaining("TOLLGATE_PAYMENTS_CRYPTO_BOT_CURRENCIES): IRR")
                .hasMessageContaining("TOLLGATE_PAYMENTS_CRYPTO_BOT_ACCEPTED_ASSETS")
                .hasMessageContaining("TOLLGATE_PAYMENTS_CRYPTO_BOT_WEBHOOK_PATH")
                .hasMessageContaining("TOLLGATE_PAYMENTS_POLL_INTERVAL");
    }

    @Test
    void modules_withBothProviders_bindTheirGatewaysTheCryptoBotWebhookAndOfferThem() {
        Settings settings = new ConfigLoader().load(BOTH);
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Application.modules(settings, TEST_KEY, Clock.systemUTC()));

        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<PaymentGateway>>() { })))
                .extracting(PaymentGateway::provider).containsExactlyInAnyOrder(PaymentProvider.TELEGRAM_STARS,
                        PaymentProvider.TELEGRAM_PAYMENTS, PaymentProvider.CRYPTO_BOT);
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<ReceiveWebhookUseCase>>() { })))
                .extracting(ReceiveWebhookUseCase::path).containsExactlyInAnyOrder("/telegram/webhook", "/payments/cryptobot");
        OpenCheckoutUseCase checkouts = injector.getInstance(OpenCheckoutUseCase.class);
        assertThat(checkouts.accepts(PaymentProvider.CRYPTO_BOT, Currency.USDT)).isTrue();
        assertThat(checkouts.accepts(PaymentProvider.TELEGRAM_PAYMENTS, Currency.RUB)).isFalse();
    }

    @Test
    void modules_withoutTheBot_bindNoGateway() {
        Settings settings = new ConfigLoader().load(Map.of("TOLLGATE_DB_URL", "jdbc:h2:mem:payments-wiring-2",
                "TOLLGATE_PAYMENTS_CRYPTO_BOT_TOKEN", "1:x"));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Application.modules(settings, TEST_KEY, Clock.systemUTC()));

        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<PaymentGateway>>() { }))).isEmpty();
        assertThat(injector.getInstance(OpenCheckoutUseCase.class).providers()).isEmpty();
    }
}
