package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentCheckouts.Checkout;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PaymentCheckouts} promises: one row per (provider, external id), open ones oldest first, closed once. */
public abstract class PaymentCheckoutsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    /** The store under test holding no checkout. */
    protected abstract PaymentCheckouts emptyCheckouts();

    private PaymentCheckouts checkouts;

    @BeforeEach
    void startEmpty() {
        checkouts = emptyCheckouts();
    }

    @Test
    public void findOpen_afterOpening_returnsThisProvidersOpenOnesOldestFirst() {
        OrderId first = OrderId.random();
        OrderId second = OrderId.random();
        checkouts.open(new Checkout(PaymentProvider.CRYPTO_BOT, "IV-2", second, T0.plusSeconds(60)));
        checkouts.open(new Checkout(PaymentProvider.CRYPTO_BOT, "IV-1", first, T0));
        checkouts.open(new Checkout(PaymentProvider.TELEGRAM_PAYMENTS, "IV-1", first, T0));

        assertThat(checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10)).containsExactly(
                new Checkout(PaymentProvider.CRYPTO_BOT, "IV-1", first, T0),
                new Checkout(PaymentProvider.CRYPTO_BOT, "IV-2", second, T0.plusSeconds(60)));
        assertThat(checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 1)).extracting(Checkout::externalId).containsExactly("IV-1");
    }

    @Test
    public void open_theSameProviderAndExternalIdTwice_isRefused() {
        checkouts.open(new Checkout(PaymentProvider.CRYPTO_BOT, "IV-7", OrderId.random(), T0));

        assertThatThrownBy(() -> checkouts.open(new Checkout(PaymentProvider.CRYPTO_BOT, "IV-7", OrderId.random(), T0)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void close_anOpenCheckout_removesItFromTheOpenOnesOnce() {
        checkouts.open(new Checkout(PaymentProvider.CRYPTO_BOT, "IV-9", OrderId.random(), T0));

        assertThat(checkouts.isOpen(PaymentProvider.CRYPTO_BOT, "IV-9")).isTrue();
        assertThat(checkouts.isOpen(PaymentProvider.TELEGRAM_STARS, "IV-9")).isFalse();
        assertThat(checkouts.close(PaymentProvider.CRYPTO_BOT, "IV-9", T0.plusSeconds(5))).isTrue();
        assertThat(checkouts.isOpen(PaymentProvider.CRYPTO_BOT, "IV-9")).isFalse();
        assertThat(checkouts.close(PaymentProvider.CRYPTO_BOT, "IV-9", T0.plusSeconds(6))).isFalse();
        assertThat(checkouts.close(PaymentProvider.CRYPTO_BOT, "unknown", T0)).isFalse();
        assertThat(checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10)).isEmpty();
        assertThatThrownBy(() -> checkouts.open(new Checkout(PaymentProvider.CRYPTO_BOT, "IV-9", OrderId.random(), T0)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void reopen_aClosedCheckout_makesItOpenAgain_butNotAnOpenOrUnknownOne() {
        OrderId order = OrderId.random();
        checkouts.open(new Checkout(PaymentProvider.TELEGRAM_STARS, "refund:ch-1", order, T0));

        assertThat(checkouts.reopen(PaymentProvider.TELEGRAM_STARS, "refund:ch-1")).isFalse();
        checkouts.close(PaymentProvider.TELEGRAM_STARS, "refund:ch-1", T0.plusSeconds(1));
        assertThat(checkouts.reopen(PaymentProvider.TELEGRAM_STARS, "refund:ch-1")).isTrue();
        assertThat(checkouts.isOpen(PaymentProvider.TELEGRAM_STARS, "refund:ch-1")).isTrue();
        assertThat(checkouts.findOpen(PaymentProvider.TELEGRAM_STARS, 10)).containsExactly(
                new Checkout(PaymentProvider.TELEGRAM_STARS, "refund:ch-1", order, T0));
        assertThat(checkouts.reopen(PaymentProvider.TELEGRAM_STARS, "unknown")).isFalse();
    }
}
