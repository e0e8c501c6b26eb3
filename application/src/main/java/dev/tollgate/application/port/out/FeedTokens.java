package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues and checks the unguessable tokens in users' subscription URLs. A token is signed over the user and a
 * version ({@link FeedTokenVersions}); a user who resets their link gets the next version, and the caller refuses a
 * token whose version is not the user's current one.
 */
public interface FeedTokens {

    /** The user and version a genuine token was issued for. */
    record Claim(TelegramUserId user, int version) {
        public Claim {
            Objects.requireNonNull(user, "user");
            if (version < 0) {
                throw new IllegalArgumentException("a token version cannot be negative: " + version);
            }
        }
    }

    String tokenFor(TelegramUserId user, int version);

    /** Who a token was issued for, and at which version; empty for a malformed or forged token. */
    Optional<Claim> read(String token);

    /** The token of a user who never reset their link. */
    default String tokenFor(TelegramUserId user) {
        return tokenFor(user, 0);
    }

    /** The user of a version-0 token; empty for a malformed or forged one, or one of another version. */
    default Optional<TelegramUserId> verify(String token) {
        return read(token).filter(claim -> claim.version() == 0).map(Claim::user);
    }
}
