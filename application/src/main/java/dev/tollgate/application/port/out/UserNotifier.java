package dev.tollgate.application.port.out;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;

/** Tells a user about things that happened while they were not waiting for an answer. */
public interface UserNotifier {

    /** Access that was pending is ready: send the link, its QR code, the expiry and the traffic. */
    void accessReady(TelegramUserId user, Language language, AccessDetails access);
}
