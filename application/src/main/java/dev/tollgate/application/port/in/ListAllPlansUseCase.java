package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import java.util.List;
import java.util.Objects;

/** Admins see every plan, on sale or not, ordered by id (the order of the storefront's menu). */
public interface ListAllPlansUseCase {

    Result list(Command command);

    record Command(TelegramUserId admin) {
        public Command {
            Objects.requireNonNull(admin, "admin");
        }
    }

    sealed interface Result {
    }

    record Plans(List<Plan> plans) implements Result {
        public Plans {
            plans = List.copyOf(plans);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN
    }
}
