package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import java.time.Instant;
import dev.tollgate.domain.order.OrderStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores orders with the plan terms and prices they were placed at. */
public interface OrderRepository {

    /** Inserts a new order; throws {@link DuplicateKeyException} when the id is taken. */
    void insert(Order order);

    /** Writes a changed order; throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(Order order);

    Optional<Order> findById(OrderId id);

    /** The customer's orders, newest first. */
    List<Order> findByCustomer(TelegramUserId customer);

    /** Orders still waiting for payment (CREATED or AWAITING_PAYMENT) whose pay-by time is at or before {@code now}, oldest first. */
    List<Order> findOverdue(Instant now, int limit);

    /** Orders paid at or after {@code from} and before {@code to}, whatever happened to them since, oldest payment first. */
    List<Order> findPaidBetween(Instant from, Instant to);

    /** How many orders are in each status; a status no order is in is absent. */
    Map<OrderStatus, Long> countByStatus();
}
