package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Money;
import java.util.Objects;

/**
 * An admin refunds a paid order to the user's wallet (once: the ledger key {@code refund:<order>} is unique) or, where
 * the provider can (Telegram Stars), back through the provider it was paid with; and optionally revokes the
 * subscription it bought. A provider that refuses leaves the order paid and says why. Top-ups are not refundable (the money is in the wallet already);
 * an undelivered purchase's pending subscription is always revoked.
 */
public interface RefundOrderUseCase {

    Result refund(Command command);

    record Command(TelegramUserId admin, OrderId order, boolean revokeAccess, Destination destination) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(destination, "destination");
        }

        /** A refund to the wallet, as before destinations existed. */
        public Command(TelegramUserId admin, OrderId order, boolean revokeAccess) {
            this(admin, order, revokeAccess, Destination.WALLET);
        }
    }

    /** Where the money goes back to. */
    enum Destination {
        /** The user's wallet in the shop (every payment). */
        WALLET,
        /** The provider the order was paid with (only where it can refund, e.g. Telegram Stars). */
        PROVIDER
    }

    sealed interface Result {
    }

    record Refunded(Money amount) implements Result {
    }

    /** The provider gave the money back to the payer ({@link Destination#PROVIDER}). */
    record RefundedByProvider(Money amount, PaymentProvider provider) implements Result {
    }

    /** The provider refused the refund; the order stays paid, nothing was recorded. {@code reason} is its own words. */
    record ProviderRefused(PaymentProvider provider, String reason) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_ORDER, NOT_PAID, ALREADY_REFUNDED, NOT_REFUNDABLE,
        /** {@link Destination#PROVIDER} for a payment whose provider cannot refund, or that cannot be reached. */
        PROVIDER_CANNOT_REFUND,
        /**
         * A refund through the provider was asked and its answer never recorded (a crash): refund through the provider
         * again, which tells whether it gave the money back, instead of crediting the wallet on top.
         */
        PROVIDER_REFUND_IN_FLIGHT
    }
}
