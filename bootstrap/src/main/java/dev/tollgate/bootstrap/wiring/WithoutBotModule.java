package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.CustomerNotifier;

/** Installed instead of the Telegram module when no bot token is set: notifications are only logged. */
public final class WithoutBotModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CustomerNotifier.class).to(LoggingCustomerNotifier.class);
        bind(LoggingCustomerNotifier.class);
        bind(AdminAlerts.class).to(LoggingAdminAlerts.class);
        bind(LoggingAdminAlerts.class);
    }
}
