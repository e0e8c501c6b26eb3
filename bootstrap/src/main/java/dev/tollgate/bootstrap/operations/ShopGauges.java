package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase.Figures;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase.PaymentGroup;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.shared.Currency;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The shop's figures as gauges: {@code tollgate_orders{status}}, {@code tollgate_payments{provider,currency,status}}
 * and {@code tollgate_payments_amount{provider,currency,status}} (in minor units: cents, whole stars, rials), and
 * {@code tollgate_provisioning_queue_depth}. One read of the figures serves every gauge for a few seconds. Every
 * order status is a series from the start (zero when empty); a payment group gets its series at the first read that
 * shows it (payments are never deleted, so it stays), which spares 90 empty series per gauge. A database that does
 * not answer shows as NaN.
 */
final class ShopGauges {

    static final Duration CACHE = Duration.ofSeconds(5);

    ShopGauges(ShowOperationalFiguresUseCase figures, MeterRegistry registry, LongSupplier nanoTime) {
        register(figures, registry, nanoTime);
    }

    private static void register(ShowOperationalFiguresUseCase figures, MeterRegistry registry, LongSupplier nanoTime) {
        Set<List<Object>> known = ConcurrentHashMap.newKeySet();
        AtomicReference<Sampled<Figures>> self = new AtomicReference<>();
        Sampled<Figures> sampled = new Sampled<>(figures::show, CACHE, nanoTime,
                read -> registerPayments(read, registry, self.get(), known));
        self.set(sampled);
        for (OrderStatus status : OrderStatus.values()) {
            gauge(registry, "tollgate.orders", "orders in each status", sampled,
                    f -> f.orders().getOrDefault(status, 0L), "status", label(status.name()));
        }
        gauge(registry, "tollgate.provisioning.queue.depth", "provisioning tasks waiting for a panel call", sampled,
                Figures::provisioningQueueDepth);
    }

    /** A provider, currency and status has its series from the first read that shows a payment in it. */
    private static void registerPayments(Figures figures, MeterRegistry registry, Sampled<Figures> sampled, Set<List<Object>> known) {
        for (PaymentGroup seen : figures.payments()) {
            PaymentProvider provider = seen.provider();
            Currency currency = seen.amount().currency();
            PaymentStatus status = seen.status();
            if (!known.add(List.of(provider, currency, status))) {
                continue;
            }
            String[] tags = {"provider", label(provider.name()), "currency", currency.name(), "status", label(status.name())};
            gauge(registry, "tollgate.payments", "payments recorded", sampled,
                    f -> group(f, provider, currency, status, PaymentGroup::count), tags);
            gauge(registry, "tollgate.payments.amount", "sum of the payments in the currency's minor unit",
                    sampled, f -> group(f, provider, currency, status, g -> g.amount().minorUnits()), tags);
        }
    }

    private static long group(Figures figures, PaymentProvider provider, Currency currency, PaymentStatus status,
                              java.util.function.ToLongFunction<PaymentGroup> value) {
        return figures.payments().stream()
                .filter(g -> g.provider() == provider && g.amount().currency() == currency && g.status() == status)
                .mapToLong(value).sum();
    }

    private static void gauge(MeterRegistry registry, String name, String description, Sampled<Figures> sampled,
                              ToDoubleFunction<Figures> value, String... tags) {
        Gauge.builder(name, sampled, s -> s.get().map(value::applyAsDouble).orElse(Double.NaN))
                .description(description).tags(tags).strongReference(true).register(registry);
    }

    private static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
