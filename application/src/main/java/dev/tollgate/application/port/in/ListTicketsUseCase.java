package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.support.Ticket;
import java.util.List;
import java.util.Objects;

/** Staff (support and up) see the tickets waiting for an answer, oldest first, a page at a time. */
public interface ListTicketsUseCase {

    Result list(Command command);

    record Command(TelegramUserId staff, int offset, int limit) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
            }
        }
    }

    sealed interface Result {
    }

    record Waiting(List<Ticket> tickets, int total) implements Result {
        public Waiting {
            tickets = List.copyOf(tickets);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF
    }
}
