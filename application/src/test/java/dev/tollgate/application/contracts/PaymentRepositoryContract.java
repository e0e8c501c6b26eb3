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
    @Test
    public void totals_groupPaymentsByProviderCurrencyAndStatus() {
        java.util.List<dev.tollgate.application.port.out.PaymentRepository.Total> before = stores().payments().totals();
        Order order = newOrder(newCustomer(), T0);
        stores().transactions().run(() -> {
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                    PaymentProvider.TELEGRAM_STARS, externalId(), Money.of(250, Currency.XTR), T0));
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                    PaymentProvider.TELEGRAM_STARS, externalId(), Money.of(100, Currency.XTR), T0));
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                    PaymentProvider.CRYPTO_BOT, externalId(), Money.of(199, Currency.USDT), T0));
            stores().payments().record(Payment.receipt(PaymentId.random(), order.id(), order.customer(), externalId(),
                    Money.of(500_000, Currency.IRR), "photo-1", T0));
        });
        java.util.List<dev.tollgate.application.port.out.PaymentRepository.Total> after = stores().payments().totals();

        assertThat(grown(before, after, PaymentProvider.TELEGRAM_STARS, Currency.XTR, PaymentStatus.CONFIRMED))
                .isEqualTo(new long[] {2, 350});
        assertThat(grown(before, after, PaymentProvider.CRYPTO_BOT, Currency.USDT, PaymentStatus.CONFIRMED))
                .isEqualTo(new long[] {1, 199});
        assertThat(grown(before, after, PaymentProvider.CARD_TO_CARD, Currency.IRR, PaymentStatus.AWAITING_REVIEW))
                .isEqualTo(new long[] {1, 500_000});
        assertThat(after).allSatisfy(total -> assertThat(total.count()).isPositive());
    }

    /** How many payments, and how many minor units, one group gained between two readings. */
    private static long[] grown(java.util.List<dev.tollgate.application.port.out.PaymentRepository.Total> before,
                                java.util.List<dev.tollgate.application.port.out.PaymentRepository.Total> after,
                                PaymentProvider provider, Currency currency, PaymentStatus status) {
        long[] then = group(before, provider, currency, status);
        long[] now = group(after, provider, currency, status);
        return new long[] {now[0] - then[0], now[1] - then[1]};
    }

    private static long[] group(java.util.List<dev.tollgate.application.port.out.PaymentRepository.Total> totals,
                                PaymentProvider provider, Currency currency, PaymentStatus status) {
        java.util.List<dev.tollgate.application.port.out.PaymentRepository.Total> matching = totals.stream()
                .filter(t -> t.provider() == provider && t.amount().currency() == currency && t.status() == status).toList();
        assertThat(matching).hasSizeLessThanOrEqualTo(1);
        return matching.isEmpty() ? new long[] {0, 0}
                : new long[] {matching.get(0).count(), matching.get(0).amount().minorUnits()};
    }
}
