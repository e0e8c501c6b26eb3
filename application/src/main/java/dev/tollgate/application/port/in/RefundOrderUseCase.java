package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Money;
import java.util.Objects;

/**
 * An admin refunds a paid order to the user's wallet (once: the ledger key {@code refund:<order>} is unique), and
 * optionally revokes the subscription it bought. Top-ups are not refundable (the money is in the wallet already);
 * an undelivered purchase's pending subscription is always revoked.
 */
public interface RefundOrderUseCase {

    Result refund(Command command);

    record Command(TelegramUserId admin, OrderId order, boolean revokeAccess) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(order, "order");
        }
    }

    sealed interface Result {
    }

    record Refunded(Money amount) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_ORDER, NOT_PAID, ALREADY_REFUNDED, NOT_REFUNDABLE
    }
}
