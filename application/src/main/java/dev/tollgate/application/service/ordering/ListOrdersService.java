package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.ListOrdersUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.plan.PlanTerms;
import java.util.Comparator;
import java.util.List;

/** The user's orders, newest first; an order is cancellable by the same rule CancelOrderService applies. */
public final class ListOrdersService implements ListOrdersUseCase {

    private final OrderRepository orders;
    private final PaymentRepository payments;

    public ListOrdersService(OrderRepository orders, PaymentRepository payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    public List<Summary> list(Command command) {
        return orders.findByCustomer(command.user()).stream()
                .sorted(Comparator.comparing(Order::createdAt).reversed())
                .map(this::summary).toList();
    }

    private Summary summary(Order order) {
        boolean inReview = order.status().acceptsPayment() && payments.findByOrder(order.id()).stream()
                .anyMatch(p -> p.status() == PaymentStatus.AWAITING_REVIEW);
        boolean cancellable = order.status().acceptsPayment() && !inReview;
        return new Summary(order.id(), order.kind(), order.terms().map(PlanTerms::plan), order.status(), order.total(),
                order.createdAt(), order.payBy(), inReview, cancellable);
    }
}
