package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * Opens a payment of a user's unpaid order at a configured provider (an invoice in the chat, or a pay link), and
 * remembers a link's payment so that a lost notification is found by polling.
 */
public interface OpenCheckoutUseCase {

    Result open(Command command);

    /** The providers configured for this shop, in the order they are offered. */
    Set<PaymentProvider> providers();

    /** Whether {@code provider} is configured and takes money in {@code currency}. */
    boolean accepts(PaymentProvider provider, Currency currency);

    record Command(TelegramUserId user, OrderId order, PaymentProvider provider, String title, String description) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
        }
    }

    sealed interface Result {
    }

    record Opened(OrderId order, PaymentGateway.Checkout checkout) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_ORDER, ORDER_CLOSED, PROVIDER_NOT_CONFIGURED, CURRENCY_NOT_ACCEPTED, PROVIDER_UNAVAILABLE
    }
}
