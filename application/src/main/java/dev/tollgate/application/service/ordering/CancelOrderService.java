package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.PaymentStatus;
import java.util.Optional;

/** Cancels a user's own unpaid order, unless a receipt for it waits for review; a racing payment wins. */
public final class CancelOrderService implements CancelOrderUseCase {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final TransactionRunner transactions;

    public CancelOrderService(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
    }

    @Override
    public Result cancel(Command command) {
        try {
            return transactions.inTransaction(() -> {
                Optional<Order> found = orders.findById(command.order()).filter(o -> o.customer().equals(command.user()));
                if (found.isEmpty()) {
                    return new Refused(Reason.UNKNOWN_ORDER);
                }
                Order order = found.get();
                boolean receiptPending = payments.findByOrder(order.id()).stream()
                        .anyMatch(p -> p.status() == PaymentStatus.AWAITING_REVIEW);
                if (!order.status().acceptsPayment() || receiptPending) {
                    return new Refused(Reason.NOT_CANCELLABLE);
                }
                order.cancel();
                orders.update(order);
                return new Cancelled();
            });
        } catch (ConcurrentUpdateException paidMeanwhile) {
            return new Refused(Reason.NOT_CANCELLABLE);
        }
    }
}
