package dev.tollgate.application.port.in;

import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/** An admin sees a broadcast as its recipients will (sent to themselves) and how many it would reach; nothing is stored. */
public interface PreviewBroadcastUseCase {

    Result preview(Command command);

    record Command(TelegramUserId admin, BroadcastMessage message, Segment segment) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(segment, "segment");
        }
    }

    sealed interface Result {
    }

    /** The preview was sent to the admin; {@code recipients} would receive it now. */
    record Previewed(int recipients) implements Result {
    }

    /** {@code detail} says what is wrong with the message (for {@link Reason#INVALID_MESSAGE}). */
    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, INVALID_MESSAGE, NOT_DELIVERED
    }
}
