package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;

/**
 * The version of each user's subscription-feed token: signed into the token, so advancing it ("reset my link") makes
 * every URL issued before unusable. A user who never reset has version 0.
 */
public interface FeedTokenVersions {

    int current(TelegramUserId user);

    /** Moves the user's version one up and returns it; must run inside a transaction. */
    int advance(TelegramUserId user, Instant at);
}
