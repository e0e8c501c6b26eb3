package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Optional;

/** Issues and checks the unguessable tokens in users' subscription URLs. */
public interface FeedTokens {

    String tokenFor(TelegramUserId user);

    /** The user a token was issued for; empty for a malformed or forged token. */
    Optional<TelegramUserId> verify(String token);
}
