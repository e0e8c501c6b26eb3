package dev.tollgate.application.service.operations;

import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import java.util.EnumMap;
import java.util.Map;

/** Three grouped counts, each one query; read outside a transaction, so the figures may be a moment apart. */
public final class ShowOperationalFiguresService implements ShowOperationalFiguresUseCase {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final ProvisioningQueue provisioning;

    public ShowOperationalFiguresService(OrderRepository orders, PaymentRepository payments, ProvisioningQueue provisioning) {
        this.orders = orders;
        this.payments = payments;
        this.provisioning = provisioning;
    }

    @Override
    public Figures show() {
        Map<OrderStatus, Long> orderCounts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            orderCounts.put(status, 0L);
        }
        orderCounts.putAll(orders.countByStatus());
        Map<ProvisioningTaskStatus, Long> taskCounts = new EnumMap<>(ProvisioningTaskStatus.class);
        for (ProvisioningTaskStatus status : ProvisioningTaskStatus.values()) {
            taskCounts.put(status, 0L);
        }
        taskCounts.putAll(provisioning.countByStatus());
        return new Figures(orderCounts, payments.totals().stream()
                .map(total -> new PaymentGroup(total.provider(), total.status(), total.count(), total.amount())).toList(),
                taskCounts);
    }
}
