package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/** Staff (support and up) look at one subscription of a customer, to act on it from the back office. */
public interface ShowSubscriptionUseCase {

    Result show(Command command);

    record Command(TelegramUserId staff, SubscriptionId subscription) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    sealed interface Result {
    }

    record Shown(Subscription subscription) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, UNKNOWN_SUBSCRIPTION
    }
}
