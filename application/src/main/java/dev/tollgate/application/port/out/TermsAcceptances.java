package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Optional;

/** Who accepted the shop's terms, and when; accepting again keeps the first time. */
public interface TermsAcceptances {

    Optional<Instant> acceptedAt(TelegramUserId user);

    /** Records the acceptance once; a second call changes nothing. */
    void accept(TelegramUserId user, Instant at);
}
