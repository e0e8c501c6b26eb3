package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/**
 * An admin sets a subscription's counted traffic back to zero: the panel's counter first, then the stored usage; a
 * subscription cut for its quota works again. Pressing it twice resets twice, which leaves the same zero.
 */
public interface ResetTrafficUseCase {

    Result reset(Command command);

    record Command(TelegramUserId admin, SubscriptionId subscription) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    sealed interface Result {
    }

    /** Done; {@code reactivated} when a subscription cut for its quota was switched on again. */
    record Reset(boolean reactivated) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_SUBSCRIPTION, NOT_RESETTABLE, PANEL_UNAVAILABLE
    }
}
