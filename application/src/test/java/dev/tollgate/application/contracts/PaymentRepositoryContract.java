package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.PaymentRepository} promises: each payment is recorded once. */
public abstract class PaymentRepositoryContract extends CommerceStoreContract {

    private static String externalId() {
        return "ext-" + UUID.randomUUID();
    }

    @Test
    public void payment_roundTrip_keepsEveryField() {
        Order order = newOrder(newCustomer(), T0);
        Payment payment = Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                PaymentProvider.TELEGRAM_STARS, externalId(), Money.of(250, Currency.XTR), T0.plusSeconds(3));
        stores().transactions().run(() -> stores().payments().record(payment));
        Payment stored = stores().payments().findById(payment.id()).orElseThrow();
        assertThat(stored.order()).isEqualTo(order.id());
        assertThat(stored.payer()).isEqualTo(order.customer());
        assertThat(stored.provider()).isEqualTo(PaymentProvider.TELEGRAM_STARS);
        assertThat(stored.externalId()).isEqualTo(payment.externalId());
        assertThat(stored.amount()).isEqualTo(Money.of(250, Currency.XTR));
        assertThat(stored.receivedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(stored.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(stored.decidedAt()).contains(T0.plusSeconds(3));
        assertThat(stored.receipt()).isEmpty();
        assertThat(stored.version()).isZero();
    }

    @Test
    public void record_sameProviderAndExternalIdTwice_isADuplicateKey() {
        Order order = newOrder(newCustomer(), T0);
        String external = externalId();
        stores().transactions().run(() -> stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(),
                order.customer(), PaymentProvider.CRYPTO_BOT, external, Money.of(250, Currency.XTR), T0)));
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().payments().record(Payment.confirmed(
                PaymentId.random(), order.id(), order.customer(), PaymentProvider.CRYPTO_BOT, external,
                Money.of(250, Currency.XTR), T0)))).isInstanceOf(DuplicateKeyException.class);
        assertThat(stores().payments().findByOrder(order.id())).hasSize(1);
    }

    @Test
    public void record_sameExternalIdFromAnotherProvider_isAnotherPayment() {
        Order order = newOrder(newCustomer(), T0);
        String external = externalId();
        stores().transactions().run(() -> {
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                    PaymentProvider.CRYPTO_BOT, external, Money.of(250, Currency.XTR), T0));
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                    PaymentProvider.TELEGRAM_PAYMENTS, external, Money.of(250, Currency.XTR), T0.plusSeconds(1)));
        });
        assertThat(stores().payments().findByOrder(order.id())).extracting(Payment::provider)
                .containsExactly(PaymentProvider.CRYPTO_BOT, PaymentProvider.TELEGRAM_PAYMENTS);
        assertThat(stores().payments().findByExternalId(PaymentProvider.CRYPTO_BOT, external)).isPresent();
        assertThat(stores().payments().findByExternalId(PaymentProvider.TELEGRAM_STARS, external)).isEmpty();
    }

    @Test
    public void receipt_approved_keepsReviewerAndLeavesTheReviewQueue() {
        Instant longAgo = Instant.parse("2004-04-04T00:00:00Z");
        Order order = newOrder(newCustomer(), longAgo);
        TelegramUserId admin = newCustomer();
        Payment receipt = Payment.receipt(PaymentId.random(), order.id(), order.customer(), externalId(),
                Money.of(250, Currency.XTR), "AgACAgIAAxkBAAIC-photo", longAgo);
        stores().transactions().run(() -> stores().payments().record(receipt));
        assertThat(stores().payments().findAwaitingReview(10_000)).extracting(Payment::id).contains(receipt.id());

        Payment stored = stores().payments().findById(receipt.id()).orElseThrow();
        assertThat(stored.receipt()).contains("AgACAgIAAxkBAAIC-photo");
        stored.approve(admin, longAgo.plusSeconds(600));
        stores().transactions().run(() -> stores().payments().update(stored));
        Payment approved = stores().payments().findById(receipt.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(approved.decidedBy()).contains(admin);
        assertThat(approved.decidedAt()).contains(longAgo.plusSeconds(600));
        assertThat(approved.version()).isEqualTo(1);
        assertThat(stores().payments().findAwaitingReview(10_000)).extracting(Payment::id).doesNotContain(receipt.id());
    }

    @Test
    public void receipt_decidedTwiceConcurrently_isAConcurrentUpdate() {
        Order order = newOrder(newCustomer(), T0);
        TelegramUserId admin = newCustomer();
        Payment receipt = Payment.receipt(PaymentId.random(), order.id(), order.customer(), externalId(),
                Money.of(250, Currency.XTR), "photo", T0);
        stores().transactions().run(() -> stores().payments().record(receipt));
        Payment first = stores().payments().findById(receipt.id()).orElseThrow();
        Payment second = stores().payments().findById(receipt.id()).orElseThrow();
        first.approve(admin, T0);
        stores().transactions().run(() -> stores().payments().update(first));
        second.reject(admin, T0);
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().payments().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stores().payments().findById(receipt.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CONFIRMED);
    }
}
