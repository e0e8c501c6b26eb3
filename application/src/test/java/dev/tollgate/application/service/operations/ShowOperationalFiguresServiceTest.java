package dev.tollgate.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryOrderRepository;
import dev.tollgate.application.fakes.InMemoryPaymentRepository;
import dev.tollgate.application.fakes.InMemoryProvisioningQueue;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase.Figures;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase.PaymentGroup;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShowOperationalFiguresServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final InMemoryProvisioningQueue provisioning = new InMemoryProvisioningQueue();
    private final ShowOperationalFiguresService service = new ShowOperationalFiguresService(orders, payments, provisioning);

    @Test
    void show_onAnEmptyShop_listsEveryStatusAtZeroAndNoPayments() {
        Figures figures = service.show();

        assertThat(figures.orders()).hasSize(OrderStatus.values().length).containsValue(0L).doesNotContainValue(1L);
        assertThat(figures.provisioning()).hasSize(ProvisioningTaskStatus.values().length);
        assertThat(figures.provisioningQueueDepth()).isZero();
        assertThat(figures.payments()).isEmpty();
    }

    @Test
    void show_countsOrdersPaymentsAndPendingTasks() {
        TelegramUserId customer = new TelegramUserId(42);
        Order order = Order.topUp(OrderId.random(), customer, Money.of(500, Currency.XTR), T0, Duration.ofMinutes(30));
        orders.insert(order);
        payments.record(Payment.confirmed(PaymentId.random(), order.id(), customer, PaymentProvider.TELEGRAM_STARS,
                "charge-1", Money.of(500, Currency.XTR), T0));
        payments.record(Payment.confirmed(PaymentId.random(), order.id(), customer, PaymentProvider.TELEGRAM_STARS,
                "charge-2", Money.of(250, Currency.XTR), T0));
        provisioning.enqueue(ProvisioningTask.due(order.id(), new SubscriptionId(UUID.randomUUID()), T0));

        Figures figures = service.show();

        assertThat(figures.orders()).containsEntry(OrderStatus.CREATED, 1L).containsEntry(OrderStatus.PAID, 0L);
        assertThat(figures.payments()).containsExactly(new PaymentGroup(PaymentProvider.TELEGRAM_STARS,
                PaymentStatus.CONFIRMED, 2, Money.of(750, Currency.XTR)));
        assertThat(figures.provisioningQueueDepth()).isEqualTo(1);
    }
}
