package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeCryptoPay;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.http.HttpFront;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CryptoBot through the real app: a wallet top-up in the bot (fake Bot API) opens an invoice at the fake Crypto Pay
 * API, its signed webhook is POSTed to the app's HTTP front (replayed and forged too), and a second invoice whose
 * webhook is lost is credited by the payment-poll job. Every credit reaches the user in the chat, once.
 */
class CryptoBotEndToEndTest {

    private static final String TOKEN = "123456789:AAcryptoBotEndToEndToken";
    private static final String APP_TOKEN = "98765:AAcryptoPayAppTokenForTheTest";
    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(int port, FakeCryptoPay.Delivery delivery) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/payments/cryptobot"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        delivery.headers().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void topUp_paidInCryptoBot_isCreditedOnceByWebhook_andALostWebhookByThePoll() throws Exception {
        try (FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
             FakeCryptoPay cryptoPay = FakeCryptoPay.start(APP_TOKEN, Clock.systemUTC())) {
            Map<String, String> environment = new HashMap<>();
            environment.put("TOLLGATE_BOT_TOKEN", TOKEN);
            environment.put("TOLLGATE_BOT_API_URL", telegram.baseUrl().toString());
            environment.put("TOLLGATE_DB_URL", "jdbc:h2:file:" + work.resolve("db/tollgate").toAbsolutePath());
            environment.put("TOLLGATE_HTTP_PORT", "0");
            environment.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());
            environment.put("TOLLGATE_PAYMENTS_CRYPTO_BOT_TOKEN", APP_TOKEN);
            environment.put("TOLLGATE_PAYMENTS_CRYPTO_BOT_API_URL", cryptoPay.api().toString());
            environment.put("TOLLGATE_PAYMENTS_POLL_INTERVAL", "PT1S");
            try (Application app = Application.start(new ConfigLoader().load(environment), Clock.systemUTC())) {
                int port = app.injector().getInstance(HttpFront.class).boundPort();
                TgUser ada = new TgUser(5005, "Ada", "en");
                telegram.userSends(ada, "/start");
                ChatMessage menu = telegram.awaitBotMessage(ada.id(), m -> m.buttonData("Wallet").isPresent(), WAIT);
                telegram.userPresses(ada, menu.messageId(), menu.buttonData("Wallet").orElseThrow());
                ChatMessage wallet = telegram.awaitBotMessage(ada.id(), m -> m.buttonData("CryptoBot").isPresent(), WAIT);
                telegram.userPresses(ada, wallet.messageId(), wallet.buttonData("10.00 USD with CryptoBot").orElseThrow());
                telegram.awaitBotMessage(ada.id(), m -> m.text() != null && m.text().contains("CryptoBot invoice"), WAIT);
                long invoice = cryptoPay.invoices().get(0).path("invoice_id").asLong();

                FakeCryptoPay.Delivery paid = cryptoPay.pay(invoice);
                assertThat(post(port, cryptoPay.forged(paid.body()))).isEqualTo(401);
                assertThat(post(port, paid)).isEqualTo(200);
                assertThat(post(port, cryptoPay.redeliver(invoice))).isEqualTo(200);
                telegram.awaitBotMessage(ada.id(), m -> m.text() != null && m.text().contains("10.00 USD"), WAIT);

                telegram.userPresses(ada, wallet.messageId(), wallet.buttonData("5.00 USD with CryptoBot").orElseThrow());
                Instant deadline = Instant.now().plus(WAIT);
                while (cryptoPay.invoices().size() < 2) {
                    assertThat(Instant.now()).isBefore(deadline);
                    Thread.sleep(20);
                }
                cryptoPay.pay(cryptoPay.invoices().get(1).path("invoice_id").asLong());
                WalletLedger ledger = app.injector().getInstance(WalletLedger.class);
                TelegramUserId user = new TelegramUserId(ada.id());
                while (!ledger.wallet(user, Currency.USD).balance().equals(Money.of(1_500, Currency.USD))) {
                    assertThat(Instant.now()).as("the poll credits the second top-up").isBefore(deadline);
                    Thread.sleep(50);
                }
                Thread.sleep(1_500);
                assertThat(ledger.wallet(user, Currency.USD).balance()).isEqualTo(Money.of(1_500, Currency.USD));
                assertThat(telegram.messages(ada.id()).stream().filter(m -> m.fromBot() && m.text() != null
                        && m.text().contains("15.00 USD"))).hasSize(1);
            }
        }
    }
}
