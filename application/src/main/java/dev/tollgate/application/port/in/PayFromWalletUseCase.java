package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import java.util.Objects;

/** Pays an order from the user's wallet balance in the order's currency; the balance never goes below zero. */
public interface PayFromWalletUseCase {

    Result pay(Command command);

    record Command(TelegramUserId user, OrderId order) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(order, "order");
        }
    }

    sealed interface Result {
    }

    record Paid(OrderId order, Delivery delivery) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_ORDER, NOT_PAYABLE, INSUFFICIENT_BALANCE, ALREADY_PAID
    }
}
