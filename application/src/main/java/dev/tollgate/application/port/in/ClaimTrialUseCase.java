package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/** Gives a user their one free trial. */
public interface ClaimTrialUseCase {

    Result claim(Command command);

    record Command(TelegramUserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The outcome a user sees. */
    sealed interface Result {
    }

    /** The panel holds the client: the user can connect now. */
    record Activated(AccessDetails access) implements Result {
    }

    /** The trial is stored but the panel did not answer; a job completes it and notifies the user. */
    record Pending(SubscriptionId subscription) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        ALREADY_CLAIMED, ALREADY_A_CUSTOMER, NO_SERVER_AVAILABLE, BANNED
    }
}
