package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.fakes.InMemoryPaymentRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.ForgedNotificationException;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentGateway.Capability;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PaymentGateway} promises, run once per provider against its fake: it takes its configured
 * currency and refuses others; a payment opened for an order reaches the shop as exactly that order and amount, under
 * one (provider, external id) however often it is heard, so it is recorded once; look-ups, refunds and signed
 * notifications work where the provider claims them and are refused where it does not.
 */
public abstract class PaymentGatewayContract {

    protected static final TelegramUserId PAYER = new TelegramUserId(700_001L);
    private static final Instant NOW = Instant.parse("2026-03-20T09:30:00Z");

    protected abstract PaymentGateway gateway();

    /** A positive price in a currency this gateway is configured for. */
    protected abstract Money price();

    /** The payer pays what {@code checkout} opened, at the provider's fake; returns what the shop hears of it. */
    protected abstract PaymentGateway.PaymentState userPays(PaymentGateway.Charge charge, PaymentGateway.Checkout checkout);

    /** The same payment heard once more (a replayed webhook, a redelivered successful_payment). */
    protected abstract PaymentGateway.PaymentState heardAgain(PaymentGateway.PaymentState first);

    /** For {@link Capability#NOTIFIES_OVER_HTTP}: the provider's notification of the paid payment, as it would arrive. */
    protected Notification notificationOf(PaymentGateway.PaymentState paid) {
        throw new UnsupportedOperationException();
    }

    /** One HTTP notification: header names in lower case, the raw body. */
    public record Notification(Map<String, String> headers, byte[] body) {
    }

    protected PaymentGateway.Charge charge() {
        return new PaymentGateway.Charge(OrderId.random(), PAYER, price(), "Month 50 GB", "VPN access: 30 days, 50 GB",
                Duration.ofMinutes(30));
    }

    private PaymentGateway.PaymentState paid(PaymentGateway.Charge charge) {
        PaymentGateway gateway = gateway();
        return userPays(charge, gateway.open(charge));
    }

    @Test
    public void accepts_itsConfiguredCurrency_andNotACurrencyItCannotTake() {
        assertThat(gateway().accepts(price().currency())).isTrue();
        assertThat(gateway().accepts(Currency.IRR)).isFalse();
    }

    @Test
    public void open_inACurrencyItDoesNotTake_isRefusedBeforeTheProviderIsAsked() {
        PaymentGateway.Charge charge = new PaymentGateway.Charge(OrderId.random(), PAYER, Money.of(150_000, Currency.IRR),
                "Month", "VPN", Duration.ofMinutes(30));

        assertThatThrownBy(() -> gateway().open(charge)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void payment_opened_andPaid_reachesTheShopAsItsOrderAndExactAmount() {
        PaymentGateway.Charge charge = charge();

        PaymentGateway.PaymentState state = paid(charge);

        assertThat(state.state()).isEqualTo(PaymentGateway.State.PAID);
        assertThat(state.order()).contains(charge.order());
        assertThat(state.amount()).isEqualTo(charge.amount());
        assertThat(state.externalId()).isNotBlank();
    }

    @Test
    public void payment_heardTwice_hasOneExternalId_soTheStoreRecordsItOnce() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PaymentState first = paid(charge);
        PaymentGateway.PaymentState again = heardAgain(first);
        InMemoryPaymentRepository payments = new InMemoryPaymentRepository();

        payments.record(Payment.confirmed(PaymentId.random(), charge.order(), PAYER, gateway().provider(),
                first.externalId(), first.amount(), NOW));

        assertThat(again.externalId()).isEqualTo(first.externalId());
        assertThatThrownBy(() -> payments.record(Payment.confirmed(PaymentId.random(), charge.order(), PAYER,
                gateway().provider(), again.externalId(), again.amount(), NOW))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void lookUp_tellsAPaidPayment_whereTheProviderCanLookUp() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PaymentState paid = paid(charge);

        if (!gateway().capabilities().contains(Capability.LOOK_UP)) {
            assertThatThrownBy(() -> gateway().lookUp(List.of(paid.externalId())))
                    .isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        assertThat(gateway().lookUp(List.of(paid.externalId(), "999999999")))
                .containsExactly(new PaymentGateway.PaymentState(paid.externalId(), java.util.Optional.of(charge.order()),
                        PaymentGateway.State.PAID, charge.amount()));
    }

    @Test
    public void refund_givesThePaymentBackOnce_whereTheProviderCanRefund() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PaymentState paid = paid(charge);
        Payment payment = Payment.confirmed(PaymentId.random(), charge.order(), PAYER, gateway().provider(),
                paid.externalId(), paid.amount(), NOW);

        if (!gateway().capabilities().contains(Capability.REFUND)) {
            assertThatThrownBy(() -> gateway().refund(payment)).isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        assertThat(gateway().refund(payment)).isEqualTo(new PaymentGateway.Refunded());
        assertThat(gateway().refund(payment)).isEqualTo(new PaymentGateway.AlreadyRefunded());
    }

    @Test
    public void read_acceptsTheProvidersSignedNotification_andRefusesATamperedOne() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PaymentState paid = paid(charge);

        if (!gateway().capabilities().contains(Capability.NOTIFIES_OVER_HTTP)) {
            assertThatThrownBy(() -> gateway().read(Map.of(), new byte[0])).isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        Notification notification = notificationOf(paid);
        assertThat(gateway().notificationPath()).startsWith("/");
        assertThat(gateway().read(notification.headers(), notification.body())).contains(paid);
        byte[] tampered = new String(notification.body(), StandardCharsets.UTF_8)
                .replace(paid.amount().currency().name(), "XTR").getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(notification.body());
        assertThatThrownBy(() -> gateway().read(notification.headers(), tampered))
                .isInstanceOf(ForgedNotificationException.class);
        assertThatThrownBy(() -> gateway().read(Map.of(), notification.body()))
                .isInstanceOf(ForgedNotificationException.class);
        assertThat(Arrays.equals(notification.body(), tampered)).isFalse();
    }
}
