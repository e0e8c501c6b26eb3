package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.util.Objects;

/** An admin adds time and traffic to a subscription without payment; the credential stays. */
public interface ExtendAccessUseCase {

    Result extend(Command command);

    record Command(TelegramUserId admin, SubscriptionId subscription, Duration extraTime, DataSize extraTraffic) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(extraTime, "extraTime");
            Objects.requireNonNull(extraTraffic, "extraTraffic");
        }
    }

    sealed interface Result {
    }

    /** Stored; {@code panelUpdated} is false when the panel did not answer (reconciliation will catch up). */
    record Extended(AccessDetails access, boolean panelUpdated) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_SUBSCRIPTION, REVOKED
    }
}
