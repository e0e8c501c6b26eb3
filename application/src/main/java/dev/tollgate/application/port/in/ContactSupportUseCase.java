package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.TicketId;
import java.util.Objects;

/** A customer writes to support: the message joins their ticket that is not closed, or opens a new one. */
public interface ContactSupportUseCase {

    Result contact(Command command);

    record Command(TelegramUserId customer, String text) {
        public Command {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(text, "text");
        }
    }

    sealed interface Result {
    }

    record Received(TicketId ticket, boolean opened) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        EMPTY, TOO_LONG
    }
}
