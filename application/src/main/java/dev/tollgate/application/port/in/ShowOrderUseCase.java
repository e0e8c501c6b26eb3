package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import java.util.List;
import java.util.Objects;

/** Staff (support and up) see one order with the payments made for it. */
public interface ShowOrderUseCase {

    Result show(Command command);

    record Command(TelegramUserId staff, OrderId order) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(order, "order");
        }
    }

    sealed interface Result {
    }

    record Found(Order order, List<Payment> payments) implements Result {
        public Found {
            payments = List.copyOf(payments);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, UNKNOWN_ORDER
    }
}
