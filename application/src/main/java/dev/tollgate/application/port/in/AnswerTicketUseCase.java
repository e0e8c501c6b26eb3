package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.TicketId;
import java.util.Objects;

/**
 * Staff (support and up) answer a ticket (the answer reaches the customer in the bot) or close it; each is audited.
 * {@code text} empty with {@code close} closes without an answer.
 */
public interface AnswerTicketUseCase {

    Result answer(Command command);

    record Command(TelegramUserId staff, TicketId ticket, String text, boolean close) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(text, "text");
        }

        public static Command close(TelegramUserId staff, TicketId ticket) {
            return new Command(staff, ticket, "", true);
        }
    }

    sealed interface Result {
    }

    /** {@code delivered} is false when the customer could not be reached (the answer is kept on the ticket). */
    record Done(boolean delivered) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, UNKNOWN_TICKET, CLOSED, EMPTY, TOO_LONG
    }
}
