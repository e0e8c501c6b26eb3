package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a bot, admin alerts go to the log at ERROR level so that monitoring picks them up. */
final class LoggingAdminAlerts implements AdminAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingAdminAlerts.class);

    @Inject
    LoggingAdminAlerts() {
    }

    @Override
    public void alert(AdminAlert alert) {
        LOG.error("admin alert (no bot token, so no Telegram message): {}", alert);
    }
}
