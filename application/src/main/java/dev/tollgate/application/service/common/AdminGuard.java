package dev.tollgate.application.service.common;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.domain.customer.TelegramUserId;
import java.lang.System.Logger.Level;

/** Checks the acting user of an admin use case; a forged admin action is logged and changes nothing. */
public final class AdminGuard {

    private static final System.Logger LOG = System.getLogger(AdminGuard.class.getName());

    private AdminGuard() {
    }

    public static boolean allows(AdminDirectory admins, TelegramUserId actor, String action) {
        if (admins.isAdmin(actor)) {
            LOG.log(Level.INFO, "admin {0}: {1}", actor, action);
            return true;
        }
        LOG.log(Level.WARNING, "user {0} is not an admin and may not {1}", actor, action);
        return false;
    }
}
