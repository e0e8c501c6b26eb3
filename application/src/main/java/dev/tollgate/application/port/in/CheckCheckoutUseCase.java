package dev.tollgate.application.port.in;

import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Money;
import java.util.Objects;

/**
 * Before a provider takes the money (Telegram's pre-checkout query): is the order still open, and is the amount in
 * its currency exactly what it asks? Nothing is written.
 */
public interface CheckCheckoutUseCase {

    Result check(Command command);

    record Command(OrderId order, Money amount) {
        public Command {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(amount, "amount");
        }
    }

    sealed interface Result {
    }

    record Accepted() implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_ORDER, ORDER_CLOSED, WRONG_CURRENCY, WRONG_AMOUNT
    }
}
