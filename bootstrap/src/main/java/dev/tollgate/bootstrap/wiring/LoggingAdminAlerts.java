package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a bot, admin alerts go to the log at WARN level, one line each, so that monitoring picks them up: they tell
 * of expected outcomes (a panel down, a receipt to review), never of a fault in Tollgate, which would be an ERROR.
 */
final class LoggingAdminAlerts implements AdminAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingAdminAlerts.class);

    @Inject
    LoggingAdminAlerts() {
    }

    @Override
    public void alert(AdminAlert alert) {
        LOG.warn("admin alert (no bot token, so no Telegram message): {}", alert);
    }
}
