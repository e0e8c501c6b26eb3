package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/** An admin gives a user a subscription under a plan's terms without payment (kind GRANT). */
public interface GrantAccessUseCase {

    Result grant(Command command);

    /** {@code server} is optional: the plan's first configured server otherwise. */
    record Command(TelegramUserId admin, TelegramUserId user, PlanId plan, ServerId server) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(plan, "plan");
        }
    }

    sealed interface Result {
    }

    record Granted(SubscriptionId subscription, Delivery delivery) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_PLAN, NO_SERVER_AVAILABLE, SERVER_NOT_IN_PLAN
    }
}
