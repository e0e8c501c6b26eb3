package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.List;
import java.util.Objects;

/** The owner sees the staff a page at a time: the configured owners first, then the stored staff by Telegram id. */
public interface ListStaffUseCase {

    Result list(Command command);

    record Command(TelegramUserId owner, int offset, int limit) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
            }
        }
    }

    sealed interface Result {
    }

    record Member(TelegramUserId user, StaffRole role) {
    }

    record Staff(List<Member> members, int total) implements Result {
        public Staff {
            members = List.copyOf(members);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_OWNER
    }
}
