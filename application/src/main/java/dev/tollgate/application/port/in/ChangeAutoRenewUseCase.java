package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/** A user switches auto-renewal from the wallet on or off for one of their subscriptions. */
public interface ChangeAutoRenewUseCase {

    Result change(Command command);

    record Command(TelegramUserId user, SubscriptionId subscription, boolean enabled) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    sealed interface Result {
    }

    record Changed(boolean enabled) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_SUBSCRIPTION, NOT_RENEWABLE
    }
}
