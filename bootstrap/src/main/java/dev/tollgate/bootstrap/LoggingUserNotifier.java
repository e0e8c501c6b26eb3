package dev.tollgate.bootstrap;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.out.UserNotifier;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a bot nobody can be messaged; the log says what would have been sent (never the link's secret). */
final class LoggingUserNotifier implements UserNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingUserNotifier.class);

    @Inject
    LoggingUserNotifier() {
    }

    @Override
    public void accessReady(TelegramUserId user, Language language, AccessDetails access) {
        LOG.warn("no bot token: could not tell user {} that subscription {} is ready", user, access.subscription());
    }
}
