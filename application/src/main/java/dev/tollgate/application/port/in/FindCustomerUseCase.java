package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Objects;

/**
 * Staff (support and up) look a customer up by Telegram id, order id, subscription id or a piece of a subscription's
 * panel email.
 */
public interface FindCustomerUseCase {

    /** At most this many matches are returned; a longer fragment narrows them. */
    int LIMIT = 10;

    Result find(Command command);

    record Command(TelegramUserId staff, String query) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(query, "query");
        }
    }

    sealed interface Result {
    }

    record Found(List<TelegramUserId> customers) implements Result {
        public Found {
            customers = List.copyOf(customers);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, QUERY_TOO_SHORT
    }
}
