package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Objects;

/**
 * An admin suspends a subscription (its panel client is disabled first, so it stops working, then it is stored as
 * suspended) or resumes it (the client is enabled with the new expiry first). The term stands still while it is
 * suspended: resuming moves the expiry on by the time it was suspended. A repeated press is {@link Unchanged}.
 */
public interface SuspendAccessUseCase {

    Result change(Command command);

    record Command(TelegramUserId admin, SubscriptionId subscription, boolean suspend) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(subscription, "subscription");
        }
    }

    sealed interface Result {
    }

    /** Done; {@code expiresAt} is the expiry after the change (null while the term waits for first use). */
    record Changed(boolean suspended, Instant expiresAt) implements Result {
    }

    record Unchanged(boolean suspended) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_SUBSCRIPTION, NOT_SUSPENDABLE, PANEL_UNAVAILABLE
    }
}
