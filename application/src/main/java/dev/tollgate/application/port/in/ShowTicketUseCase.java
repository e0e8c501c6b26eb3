package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import java.util.List;
import java.util.Objects;

/** Staff (support and up) read a ticket and its newest messages. */
public interface ShowTicketUseCase {

    /** How many of the newest messages are shown. */
    int MESSAGES = 10;

    Result show(Command command);

    record Command(TelegramUserId staff, TicketId ticket) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(ticket, "ticket");
        }
    }

    sealed interface Result {
    }

    record Found(Ticket ticket, List<TicketMessage> messages) implements Result {
        public Found {
            messages = List.copyOf(messages);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, UNKNOWN_TICKET
    }
}
