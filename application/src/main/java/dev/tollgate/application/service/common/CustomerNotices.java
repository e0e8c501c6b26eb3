package dev.tollgate.application.service.common;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.lang.System.Logger.Level;

/**
 * Sends notices in the user's language and alerts to the admins after commit. A message that cannot be delivered is
 * logged, never rethrown: what it reports is already stored and visible in the bot.
 */
public final class CustomerNotices {

    private static final System.Logger LOG = System.getLogger(CustomerNotices.class.getName());

    private final CustomerNotifier notifier;
    private final AdminAlerts alerts;
    private final CustomerRepository customers;

    public CustomerNotices(CustomerNotifier notifier, AdminAlerts alerts, CustomerRepository customers) {
        this.notifier = notifier;
        this.alerts = alerts;
        this.customers = customers;
    }

    /** Sends a notice; returns whether it was delivered. */
    public boolean send(TelegramUserId user, Notice notice) {
        Language language = customers.findById(user).map(Customer::language).orElse(Language.EN);
        try {
            notifier.notify(user, language, notice);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not send {0} to user {1}: {2}", notice.getClass().getSimpleName(), user,
                    e.getMessage());
            return false;
        }
    }

    public void alert(AdminAlert alert) {
        try {
            alerts.alert(alert);
        } catch (RuntimeException e) {
            // Telegram unreachable is an expected outcome; what the alert told is in this line, once.
            LOG.log(Level.WARNING, "could not alert the admins about {0}: {1}", alert, e.getMessage());
        }
    }
}
