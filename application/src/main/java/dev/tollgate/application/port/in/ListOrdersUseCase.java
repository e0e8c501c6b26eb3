package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A user's own orders, newest first, with their status, so they can see where each stands and cancel an unpaid one. */
public interface ListOrdersUseCase {

    List<Summary> list(Command command);

    record Command(TelegramUserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code receiptInReview} when a card receipt for it waits for an admin; {@code cancellable} when it may be cancelled now. */
    record Summary(OrderId order, OrderKind kind, Optional<PlanId> plan, OrderStatus status, Money total, Instant createdAt,
                   Instant payBy, boolean receiptInReview, boolean cancellable) {
        public Summary {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(plan, "plan");
        }
    }
}
