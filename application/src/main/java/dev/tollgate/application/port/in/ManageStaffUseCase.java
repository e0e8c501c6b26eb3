package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Objects;
import java.util.Optional;

/** An owner gives a user a staff role (admin or support) or takes it away; every change is audited. */
public interface ManageStaffUseCase {

    Result change(Command command);

    /** {@code role} empty removes the user from the staff. */
    record Command(TelegramUserId owner, TelegramUserId user, Optional<StaffRole> role) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(role, "role");
        }

        public static Command give(TelegramUserId owner, TelegramUserId user, StaffRole role) {
            return new Command(owner, user, Optional.of(role));
        }

        public static Command remove(TelegramUserId owner, TelegramUserId user) {
            return new Command(owner, user, Optional.empty());
        }
    }

    sealed interface Result {
    }

    /** The role before and after (empty: not on the staff). */
    record Changed(Optional<StaffRole> before, Optional<StaffRole> after) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        /** Only an owner manages the staff. */
        NOT_AN_OWNER,
        /** Owners are the configured ids; they cannot be changed in the bot, nor can anyone be made one. */
        OWNER_IS_CONFIGURED,
        /** The user already has that role (or, for a removal, is not on the staff). */
        UNCHANGED
    }
}
