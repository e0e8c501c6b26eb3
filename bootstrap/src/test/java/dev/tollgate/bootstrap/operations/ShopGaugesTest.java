package dev.tollgate.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase.Figures;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase.PaymentGroup;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ShopGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final AtomicReference<Figures> figures = new AtomicReference<>(figures(List.of(), 0));

    private final ShowOperationalFiguresUseCase useCase = () -> {
        reads.incrementAndGet();
        if (databaseDown.get()) {
            throw new dev.tollgate.application.port.out.StoreUnavailableException("database away", null);
        }
        return figures.get();
    };

    private static Figures figures(List<PaymentGroup> payments, long pending) {
        return new Figures(Map.of(OrderStatus.FULFILLED, 3L, OrderStatus.CREATED, 0L), payments,
                Map.of(ProvisioningTaskStatus.PENDING, pending));
    }

    private double value(String name, String... tags) {
        return registry.get(name).tags(tags).gauge().value();
    }

    @Test
    void gauges_showOrdersByStatusAndTheQueueDepth_fromOneReadPerCacheTime() {
        new ShopGauges(useCase, registry, nanos::get);
        figures.set(figures(List.of(), 4));

        assertThat(registry.find("tollgate.orders").gauges()).hasSize(OrderStatus.values().length);
        assertThat(value("tollgate.orders", "status", "fulfilled")).isEqualTo(3.0);
        assertThat(value("tollgate.orders", "status", "refunded")).isZero();
        assertThat(value("tollgate.provisioning.queue.depth")).isEqualTo(4.0);
        assertThat(reads).hasValue(1);

        figures.set(figures(List.of(), 9));
        nanos.addAndGet(ShopGauges.CACHE.toNanos() - 1);
        assertThat(value("tollgate.provisioning.queue.depth")).isEqualTo(4.0);
        nanos.addAndGet(1);
        assertThat(value("tollgate.provisioning.queue.depth")).isEqualTo(9.0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void paymentGauges_appearWithTheFirstReadThatShowsTheGroup() {
        new ShopGauges(useCase, registry, nanos::get);
        figures.set(figures(List.of(new PaymentGroup(PaymentProvider.CARD_TO_CARD, PaymentStatus.AWAITING_REVIEW, 2,
                Money.of(3_000_000, Currency.IRR))), 0));
        assertThat(registry.find("tollgate.payments").gauges()).isEmpty();

        value("tollgate.orders", "status", "created");

        String[] group = {"provider", "card_to_card", "currency", "IRR", "status", "awaiting_review"};
        assertThat(value("tollgate.payments", group)).isEqualTo(2.0);
        assertThat(value("tollgate.payments.amount", group)).isEqualTo(3_000_000.0);
        assertThat(registry.find("tollgate.payments").gauges()).hasSize(1);
    }

    @Test
    void gauges_whenTheDatabaseIsAway_areNaN() {
        new ShopGauges(useCase, registry, nanos::get);
        databaseDown.set(true);

        assertThat(value("tollgate.orders", "status", "created")).isNaN();
        assertThat(value("tollgate.provisioning.queue.depth")).isNaN();
        assertThat(reads).hasValue(1);
    }
}
