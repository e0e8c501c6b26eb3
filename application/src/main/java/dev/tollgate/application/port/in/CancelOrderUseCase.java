package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import java.util.Objects;

/** A user gives up their own unpaid order; money that still arrives for it later goes to their wallet. */
public interface CancelOrderUseCase {

    Result cancel(Command command);

    record Command(TelegramUserId user, OrderId order) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(order, "order");
        }
    }

    sealed interface Result {
    }

    record Cancelled() implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_ORDER, NOT_CANCELLABLE
    }
}
