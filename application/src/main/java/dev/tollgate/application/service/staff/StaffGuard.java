package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.lang.System.Logger.Level;

/** Checks the role of the acting user; a forged press or command is logged once and changes nothing. */
public final class StaffGuard {

    private static final System.Logger LOG = System.getLogger(StaffGuard.class.getName());

    private StaffGuard() {
    }

    public static boolean allows(AdminDirectory staff, TelegramUserId actor, StaffRole needed, String action) {
        StaffRole role = staff.roleOf(actor).orElse(null);
        if (role != null && role.covers(needed)) {
            return true;
        }
        LOG.log(Level.WARNING, "user {0} ({1}) may not {2}: it needs the role {3}", actor,
                role == null ? "not staff" : role, action, needed);
        return false;
    }
}
