package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/**
 * A user claims an imported subscription with its one-time code: it becomes theirs, credential, expiry and traffic
 * as the panel had them. Wrong and used codes are refused plainly; attempts are limited per user and hour.
 */
public interface ClaimSubscriptionUseCase {

    /** Claim attempts a user may make in one hour; the next ones are refused until the hour has passed. */
    int ATTEMPTS_PER_HOUR = 5;

    Result claim(Command command);

    record Command(TelegramUserId user, String code) {
        public Command {
            Objects.requireNonNull(user, "user");
            code = code == null ? "" : code;
        }
    }

    sealed interface Result {
    }

    /** The subscription as the user now holds it ({@link AccessDetails#endless} when the panel's client had no end). */
    record Claimed(AccessDetails access) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        /** No subscription has that code (or it is malformed). */
        UNKNOWN_CODE,
        /** The code was used already; codes are one-time. */
        ALREADY_CLAIMED,
        /** Too many attempts in the last hour. */
        TOO_MANY_ATTEMPTS
    }
}
