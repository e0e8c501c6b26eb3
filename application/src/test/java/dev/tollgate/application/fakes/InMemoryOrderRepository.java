package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders in a map, with the database's key and version checks. */
public final class InMemoryOrderRepository implements OrderRepository {

    private final Map<OrderId, Order> rows = new LinkedHashMap<>();

    /** Every order, for the in-memory search. */
    public synchronized List<Order> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized void insert(Order order) {
        if (rows.containsKey(order.id())) {
            throw new DuplicateKeyException("order " + order.id() + " exists");
        }
        rows.put(order.id(), copy(order, order.version()));
    }

    private final java.util.List<StatusChange> statusChanges = new java.util.ArrayList<>();

    /** Every status change written through {@link #update}, in order. */
    public synchronized java.util.List<StatusChange> statusChanges() {
        return java.util.List.copyOf(statusChanges);
    }

    @Override
    public synchronized void update(Order order) {
        Order stored = rows.get(order.id());
        if (stored == null || stored.version() != order.version()) {
            throw new ConcurrentUpdateException("order " + order.id() + " changed or vanished");
        }
        if (stored.status() != order.status()) {
            statusChanges.add(new StatusChange(stored.status(), order.status()));
        }
        rows.put(order.id(), copy(order, order.version() + 1));
    }

    @Override
    public synchronized Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(rows.get(id)).map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized List<Order> findByCustomer(TelegramUserId customer) {
        return rows.values().stream().filter(o -> o.customer().equals(customer))
                .sorted(Comparator.comparing(Order::createdAt).reversed()).map(o -> copy(o, o.version())).toList();
    }

    @Override
    public synchronized List<Order> findOverdue(Instant now, int limit) {
        return rows.values().stream().filter(o -> o.isOverdue(now))
                .sorted(Comparator.comparing(Order::payBy)).limit(limit).map(o -> copy(o, o.version())).toList();
    }

    @Override
    public synchronized List<Order> findPaidBetween(Instant from, Instant to) {
        return rows.values().stream()
                .filter(o -> o.paidAt().map(at -> !at.isBefore(from) && at.isBefore(to)).orElse(false))
                .sorted(Comparator.comparing(o -> o.paidAt().orElseThrow())).map(o -> copy(o, o.version())).toList();
    }

    private static Order copy(Order o, long version) {
        return Order.rehydrate(o.id(), o.customer(), o.kind(), o.terms().orElse(null), o.subscription().orElse(null),
                o.server().orElse(null), o.listPrice(), o.discount(), o.credit(), o.promoCode().orElse(null),
                o.createdAt(), o.payBy(), o.status(), o.paidAt().orElse(null), o.failure().orElse(null), version);
    }
    @Override
    public synchronized Map<dev.tollgate.domain.order.OrderStatus, Long> countByStatus() {
        return rows.values().stream().collect(java.util.stream.Collectors.groupingBy(Order::status,
                () -> new java.util.EnumMap<>(dev.tollgate.domain.order.OrderStatus.class), java.util.stream.Collectors.counting()));
    }
}
