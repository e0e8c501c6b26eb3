package dev.tollgate.application.port.in;

import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/** An admin stops a broadcast that is still sending; recipients not reached yet get nothing. Audited. */
public interface CancelBroadcastUseCase {

    Result cancel(Command command);

    record Command(TelegramUserId admin, BroadcastId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }

    sealed interface Result {
    }

    record Cancelled(BroadcastId id) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_BROADCAST, ALREADY_FINISHED
    }
}
