package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A payment provider the shop takes money through (Telegram Stars, a Telegram Payments provider, CryptoBot): it opens
 * a payment for an order, reads the provider's notifications, looks payments up and refunds where it can. What a
 * provider cannot do is absent from {@link #capabilities()}, and calling it throws {@link UnsupportedOperationException}.
 * Provider failures are thrown as {@link PaymentProviderException}; a notification that is not genuine as
 * {@link ForgedNotificationException}.
 */
public interface PaymentGateway {

    PaymentProvider provider();

    /** Whether the provider takes money in {@code currency} (as configured for this shop). */
    boolean accepts(Currency currency);

    Set<Capability> capabilities();

    /** What a provider can do beyond opening a payment. */
    enum Capability {
        /** It posts notifications to {@link #notificationPath()} on our HTTP front. */
        NOTIFIES_OVER_HTTP,
        /** {@link #lookUp} tells a payment's state (the fallback for lost notifications). */
        LOOK_UP,
        /** {@link #refund} gives a confirmed payment back through the provider. */
        REFUND
    }

    /** Asks the provider for a payment of {@code charge.amount()} for the order. */
    Checkout open(Charge charge);

    /** What to ask the provider for: the order's total, shown with a title and a description. */
    record Charge(OrderId order, TelegramUserId payer, Money amount, String title, String description,
                  Duration validFor) {
        public Charge {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(validFor, "validFor");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a provider charge must be positive: " + amount);
            }
        }
    }

    /** How the user pays what was opened. */
    sealed interface Checkout {
    }

    /** The provider's invoice is in the user's chat already (Telegram's own invoices); the charge id comes with the payment. */
    record InvoiceSent() implements Checkout {
    }

    /** The user pays on the provider's side through {@code url}; {@code externalId} is the provider's id of the payment. */
    record PayLink(String externalId, String url) implements Checkout {
        public PayLink {
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(url, "url");
        }
    }

    /** The HTTP route of the provider's notifications ({@link Capability#NOTIFIES_OVER_HTTP}). */
    default String notificationPath() {
        throw new UnsupportedOperationException(provider() + " sends no HTTP notifications");
    }

    /**
     * Reads one notification as received (header names in lower case, the raw body); empty when it is genuine but
     * says nothing about a payment (an event type we do not use).
     */
    default Optional<PaymentState> read(Map<String, String> headers, byte[] body) {
        throw new UnsupportedOperationException(provider() + " sends no HTTP notifications");
    }

    /** The provider's state of these payments ({@link Capability#LOOK_UP}); ids it does not know are left out. */
    default List<PaymentState> lookUp(List<String> externalIds) {
        throw new UnsupportedOperationException(provider() + " cannot look payments up");
    }

    /** One payment as the provider sees it; {@code order} is empty when its payload is not one of our orders. */
    record PaymentState(String externalId, Optional<OrderId> order, State state, Money amount) {
        public PaymentState {
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(amount, "amount");
        }
    }

    enum State { OPEN, PAID, EXPIRED }

    /** Gives a confirmed payment of this provider back to its payer ({@link Capability#REFUND}). */
    default RefundOutcome refund(Payment payment) {
        throw new UnsupportedOperationException(provider() + " cannot refund");
    }

    /** What the provider said to a refund. */
    sealed interface RefundOutcome {
    }

    /** The money is on its way back to the payer. */
    record Refunded() implements RefundOutcome {
    }

    /** The provider refunded this payment before (an earlier attempt that we did not record). */
    record AlreadyRefunded() implements RefundOutcome {
    }

    /** The provider refused; {@code reason} is its own words, for the admin. */
    record RefundRefused(String reason) implements RefundOutcome {
    }
}
