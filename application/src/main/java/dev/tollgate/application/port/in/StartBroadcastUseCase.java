package dev.tollgate.application.port.in;

import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/**
 * An admin confirms a broadcast: its recipients are fixed now and the sending job takes it. The id is chosen when the
 * broadcast is composed, so confirming twice starts it once. Audited.
 */
public interface StartBroadcastUseCase {

    Result start(Command command);

    record Command(TelegramUserId admin, BroadcastId id, BroadcastMessage message, Segment segment) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(segment, "segment");
        }
    }

    sealed interface Result {
    }

    record Started(BroadcastId id, int recipients) implements Result {
    }

    /** This id was started before (a second tap): nothing new was stored. */
    record AlreadyStarted(BroadcastId id) implements Result {
    }

    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, INVALID_MESSAGE, NO_RECIPIENTS
    }
}
