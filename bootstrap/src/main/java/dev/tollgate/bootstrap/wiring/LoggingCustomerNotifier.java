package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a bot nobody can be messaged; the log records what would have been sent (the kind, never links or secrets). */
public final class LoggingCustomerNotifier implements CustomerNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingCustomerNotifier.class);

    @Inject
    LoggingCustomerNotifier() {
    }

    @Override
    public void notify(TelegramUserId user, Language language, Notice notice) {
        LOG.warn("no bot token: user {} was not told about {}", user, notice.getClass().getSimpleName());
    }
}
