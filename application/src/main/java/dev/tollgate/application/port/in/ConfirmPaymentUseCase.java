package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Money;
import java.util.Objects;

/**
 * Takes a provider's confirmation of a payment (Telegram Stars or Payments, CryptoBot): records it once, marks the
 * order paid and delivers it. A replayed callback changes nothing; money that does not fit the order goes to the wallet.
 */
public interface ConfirmPaymentUseCase {

    Result confirm(Command command);

    record Command(OrderId order, PaymentProvider provider, String externalId, Money amount) {
        public Command {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(amount, "amount");
            if (provider == PaymentProvider.CARD_TO_CARD || provider == PaymentProvider.WALLET) {
                throw new IllegalArgumentException(provider + " payments have their own use cases");
            }
        }
    }

    sealed interface Result {
    }

    /** The order is paid; {@code delivery} says whether the subscription or wallet already holds it. */
    record Paid(OrderId order, Delivery delivery) implements Result {
    }

    /** This (provider, external id) was recorded before; nothing was credited again. */
    record AlreadyRecorded(OrderId order) implements Result {
    }

    /** The money was kept, in the user's wallet, because it does not fit the order. */
    record CreditedToWallet(OrderId order, Reason reason) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_ORDER, AMOUNT_MISMATCH, ORDER_CLOSED
    }
}
