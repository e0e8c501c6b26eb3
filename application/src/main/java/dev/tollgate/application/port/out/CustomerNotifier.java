package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;

/**
 * Tells a user about their orders, payments, wallet and subscriptions. Adapters render each {@link Notice} with an
 * exhaustive switch; delivery failures are reported as {@link NotificationFailedException}.
 */
public interface CustomerNotifier {

    void notify(TelegramUserId user, Language language, Notice notice);
}
