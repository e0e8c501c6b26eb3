package dev.tollgate.adapters.telegram.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.adapters.telegram.testing.FakeCryptoPay;
import dev.tollgate.application.contracts.PaymentGatewayContract;
import dev.tollgate.application.port.out.ForgedNotificationException;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CryptoBot's Crypto Pay API against its fake: invoices, signed webhooks, getInvoices. */
class CryptoBotGatewayTest extends PaymentGatewayContract {

    static final String APP_TOKEN = "12345:AAzQcZWQqQAbsfgPnOLr4FHC8Doa4L7KryC";

    final FakeCryptoPay cryptoPay = FakeCryptoPay.start(APP_TOKEN, Clock.systemUTC());
    final CryptoBotGateway gateway = new CryptoBotGateway(cryptoPay.api(), APP_TOKEN,
            Set.of(Currency.USD, Currency.USDT, Currency.IRR, Currency.XTR), "USDT,TON", "/payments/cryptobot");
    private final Map<String, FakeCryptoPay.Delivery> deliveries = new java.util.HashMap<>();

    @AfterEach
    void stop() {
        cryptoPay.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected Money price() {
        return Money.of(499, Currency.USD);
    }

    @Override
    protected PaymentGateway.PaymentState userPays(PaymentGateway.Charge charge, PaymentGateway.Checkout checkout) {
        PaymentGateway.PayLink link = (PaymentGateway.PayLink) checkout;
        assertThat(link.url()).startsWith("https://t.me/CryptoTestnetBot?start=");
        FakeCryptoPay.Delivery delivery = cryptoPay.pay(Long.parseLong(link.externalId()));
        deliveries.put(link.externalId(), delivery);
        return gateway.read(delivery.headers(), delivery.body()).orElseThrow();
    }

    @Override
    protected PaymentGateway.PaymentState heardAgain(PaymentGateway.PaymentState first) {
        FakeCryptoPay.Delivery again = cryptoPay.redeliver(Long.parseLong(first.externalId()));
        return gateway.read(again.headers(), again.body()).orElseThrow();
    }

    @Override
    protected Notification notificationOf(PaymentGateway.PaymentState paid) {
        FakeCryptoPay.Delivery delivery = deliveries.get(paid.externalId());
        return new Notification(delivery.headers(), delivery.body());
    }

    @Test
    void open_aFiatPrice_createsAFiatInvoiceWithTheAcceptedAssets_andAnExpiry() {
        gateway.open(charge());

        FakeCryptoPay.Call call = cryptoPay.calls().get(0);
        assertThat(call.method()).isEqualTo("createInvoice");
        assertThat(call.parameters()).containsEntry("currency_type", "fiat").containsEntry("fiat", "USD")
                .containsEntry("amount", "4.99").containsEntry("accepted_assets", "USDT,TON")
                .containsEntry("expires_in", "1800");
        assertThat(call.parameters().get("payload")).hasSize(36);
    }

    @Test
    void open_aUsdtPrice_createsACryptoInvoiceInThatAsset() {
        PaymentGateway.Charge charge = new PaymentGateway.Charge(dev.tollgate.domain.order.OrderId.random(), PAYER,
                Money.of(1_250, Currency.USDT), "Month", "VPN", java.time.Duration.ofHours(1));

        PaymentGateway.PaymentState paid = userPays(charge, gateway.open(charge));

        assertThat(cryptoPay.calls().get(0).parameters()).containsEntry("currency_type", "crypto")
                .containsEntry("asset", "USDT").containsEntry("amount", "12.50").doesNotContainKey("fiat");
        assertThat(paid.amount()).isEqualTo(Money.of(1_250, Currency.USDT));
    }

    @Test
    void read_aWebhookSignedWithAnotherToken_isRefusedAsForged() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PaymentState paid = userPays(charge, gateway.open(charge));
        FakeCryptoPay.Delivery genuine = deliveries.get(paid.externalId());

        FakeCryptoPay.Delivery forged = cryptoPay.forged(genuine.body());

        assertThatThrownBy(() -> gateway.read(forged.headers(), forged.body())).isInstanceOf(ForgedNotificationException.class);
        assertThatThrownBy(() -> gateway.read(Map.of("crypto-pay-api-signature", "not hex"), genuine.body()))
                .isInstanceOf(ForgedNotificationException.class);
    }

    @Test
    void lookUp_anExpiredInvoice_saysExpired() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PayLink link = (PaymentGateway.PayLink) gateway.open(charge);
        cryptoPay.expire(Long.parseLong(link.externalId()));

        assertThat(gateway.lookUp(List.of(link.externalId()))).singleElement()
                .satisfies(state -> assertThat(state.state()).isEqualTo(PaymentGateway.State.EXPIRED));
    }

    @Test
    void calls_withAWrongToken_orWhileTheApiIsDown_failAsProviderErrors() {
        CryptoBotGateway wrong = new CryptoBotGateway(cryptoPay.api(), "999:wrong", Set.of(Currency.USD), "", "/p");
        assertThatThrownBy(() -> wrong.open(charge())).isInstanceOf(PaymentProviderException.class)
                .hasMessageContaining("UNAUTHORIZED").hasMessageNotContaining("999:wrong");

        cryptoPay.down();
        assertThatThrownBy(() -> gateway.lookUp(List.of("4000"))).isInstanceOf(PaymentProviderException.class);
    }

    @Test
    void signatureMatches_isHmacSha256OfTheBody_keyedWithSha256OfTheToken() throws Exception {
        byte[] body = "{\"update_id\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] key = java.security.MessageDigest.getInstance("SHA-256").digest(APP_TOKEN.getBytes(StandardCharsets.UTF_8));
        String expected = java.util.HexFormat.of().formatHex(CryptoBotGateway.hmac(key, body));

        assertThat(gateway.signatureMatches(expected, body)).isTrue();
        assertThat(gateway.signatureMatches(expected.toUpperCase(), body)).isTrue();
        assertThat(gateway.signatureMatches(expected.substring(2), body)).isFalse();
        assertThat(gateway.signatureMatches("", body)).isFalse();
    }
}
