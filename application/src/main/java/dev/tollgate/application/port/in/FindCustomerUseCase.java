package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Objects;

/**
 * Staff (support and up) look a customer up by Telegram id, @username or name, order id, subscription id or a piece
 * of a subscription's panel email; the matches come a page at a time.
 */
public interface FindCustomerUseCase {

    /** Matches per page. */
    int LIMIT = 10;

    Result find(Command command);

    /** {@code page} counts from 0. */
    record Command(TelegramUserId staff, String query, int page) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(query, "query");
            if (page < 0) {
                throw new IllegalArgumentException("page " + page);
            }
        }

        public Command(TelegramUserId staff, String query) {
            this(staff, query, 0);
        }
    }

    sealed interface Result {
    }

    /** One page of matches, each with what Telegram last told of the customer; {@code more} when a next page exists. */
    record Found(List<Match> matches, int page, boolean more) implements Result {
        public Found {
            matches = List.copyOf(matches);
        }

        public List<TelegramUserId> customers() {
            return matches.stream().map(Match::customer).toList();
        }
    }

    record Match(TelegramUserId customer, Customer.Profile profile, boolean banned) {
        public Match {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(profile, "profile");
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_STAFF, QUERY_TOO_SHORT
    }
}
