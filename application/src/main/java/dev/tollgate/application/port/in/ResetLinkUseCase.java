package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/**
 * "Reset my link": the user's subscription URL and the subscription's connection secret are replaced, so a leaked
 * link or app configuration stops working; time, traffic and the panel's client (its email) stay. Asked first
 * without {@code expectedVersion} it changes nothing and returns the version to confirm with; confirmed with a
 * version that is no longer current (a second tap, a reset from elsewhere) it changes nothing again.
 */
public interface ResetLinkUseCase {

    Result reset(Command command);

    /** {@code expectedVersion} null asks what a reset would replace; otherwise it confirms the reset of that version. */
    record Command(TelegramUserId user, SubscriptionId subscription, Integer expectedVersion) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    sealed interface Result {
    }

    /** What to confirm: the link version in use now, and the subscription's server name. */
    record Prepared(int version, String serverName) implements Result {
    }

    /** The new secret is on the panel and stored, and the URL's version is {@code version}. */
    record Reset(int version, AccessDetails access) implements Result {
    }

    /** The link was already reset since the confirmation was shown; nothing changed, {@code access} is current. */
    record AlreadyReset(int version, AccessDetails access) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_SUBSCRIPTION,
        /** Revoked, or still waiting for its panel client: there is nothing to reset. */
        NOT_RESETTABLE,
        /** The panel did not take the new secret; nothing was changed and the old link still works. */
        PANEL_UNAVAILABLE
    }
}
