package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Objects;

/** A member of the staff opens the back office and learns their role (which decides the entries they see). */
public interface OpenBackOfficeUseCase {

    Result open(Command command);

    record Command(TelegramUserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    sealed interface Result {
    }

    record Opened(StaffRole role) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF
    }
}
