package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Optional;
import java.util.Set;

/**
 * Who runs the shop: the Telegram users allowed to use the admin use cases (owners and admins) and who receive
 * alerts; support staff are staff without being admins.
 */
public interface AdminDirectory {

    /** True for owners and admins: the shop's admin use cases are theirs. */
    boolean isAdmin(TelegramUserId user);

    /** Owners and admins: who receives alerts. */
    Set<TelegramUserId> admins();

    /** The user's role on the staff, empty for everyone else. */
    default Optional<StaffRole> roleOf(TelegramUserId user) {
        return isAdmin(user) ? Optional.of(StaffRole.ADMIN) : Optional.empty();
    }

    /** The owners (the configured ids): who receives backups and manages the staff. */
    default Set<TelegramUserId> owners() {
        return admins();
    }
}
