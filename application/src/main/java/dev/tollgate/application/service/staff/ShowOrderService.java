package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ShowOrderUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Optional;

/** Reads one order and its payments for staff; nothing is changed. */
public final class ShowOrderService implements ShowOrderUseCase {

    private final AdminDirectory directory;
    private final OrderRepository orders;
    private final PaymentRepository payments;

    public ShowOrderService(AdminDirectory directory, OrderRepository orders, PaymentRepository payments) {
        this.directory = directory;
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    public Result show(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "see order " + command.order())) {
            return new Refused(Reason.NOT_STAFF);
        }
        Optional<Order> order = orders.findById(command.order());
        if (order.isEmpty()) {
            return new Refused(Reason.UNKNOWN_ORDER);
        }
        return new Found(order.get(), payments.findByOrder(command.order()));
    }
}
