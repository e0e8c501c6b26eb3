package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import java.util.Objects;

/**
 * An admin retries the delivery of a paid order now instead of waiting for its backoff (the panel is back); only a
 * delivery still pending can be retried, a refunded one never (the money went back). Audited.
 */
public interface RetryProvisioningUseCase {

    Result retry(Command command);

    record Command(TelegramUserId admin, OrderId order) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(order, "order");
        }
    }

    sealed interface Result {
    }

    record Delivered(OrderId order) implements Result {
    }

    /** Tried and failed again; the job keeps retrying. {@code error} is the panel's answer. */
    record StillPending(OrderId order, String error) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, NOTHING_TO_DELIVER, ALREADY_DELIVERED, GAVE_UP, BUSY
    }
}
