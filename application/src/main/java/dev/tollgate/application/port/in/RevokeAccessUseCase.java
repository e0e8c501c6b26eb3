package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/** An admin ends a subscription: the client is removed from its panel first, then the subscription is revoked. */
public interface RevokeAccessUseCase {

    Result revoke(Command command);

    record Command(TelegramUserId admin, SubscriptionId subscription) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    sealed interface Result {
    }

    record Revoked(SubscriptionId subscription) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_SUBSCRIPTION, ALREADY_REVOKED, PANEL_UNAVAILABLE
    }
}
