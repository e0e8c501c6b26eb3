package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.CheckCheckoutUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.domain.order.Order;
import java.util.Optional;

/** The pre-checkout check: the order exists, still takes money, and asks exactly this amount in this currency. */
public final class CheckCheckoutService implements CheckCheckoutUseCase {

    private final OrderRepository orders;

    public CheckCheckoutService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Result check(Command command) {
        Optional<Order> found = orders.findById(command.order());
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_ORDER);
        }
        Order order = found.get();
        if (!order.status().acceptsPayment()) {
            return new Refused(Reason.ORDER_CLOSED);
        }
        if (order.total().currency() != command.amount().currency()) {
            return new Refused(Reason.WRONG_CURRENCY);
        }
        if (!order.total().equals(command.amount())) {
            return new Refused(Reason.WRONG_AMOUNT);
        }
        return new Accepted();
    }
}
