package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/**
 * An admin moves a customer's subscription to another location of its plan, under the same rules as the customer
 * ({@link MoveSubscriptionUseCase}); checked by role and written to the audit log.
 */
public interface StaffMoveSubscriptionUseCase {

    Result move(Command command);

    /** Where the subscription may move now (as its owner would see it); empty for a presser who is not an admin. */
    java.util.List<ListLocationsUseCase.Location> targets(TelegramUserId admin, SubscriptionId subscription);

    record Command(TelegramUserId admin, SubscriptionId subscription, ServerId target) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(target, "target");
        }
    }

    sealed interface Result {
    }

    /** The presser is not an admin (or the subscription does not exist): nothing changed. */
    record Refused(Reason reason) implements Result {
    }

    /** What the move came to, as the customer's own move would have. */
    record Outcome(MoveSubscriptionUseCase.Result result) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_SUBSCRIPTION
    }
}
