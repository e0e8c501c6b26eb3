package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Objects;

/** The imported subscriptions nobody has claimed yet, with their codes, a page at a time; admins only. */
public interface ListUnclaimedUseCase {

    Result list(Query query);

    record Query(TelegramUserId actor, int offset, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("a page needs offset >= 0 and limit >= 1");
            }
        }
    }

    sealed interface Result {
    }

    record Page(List<Unclaimed> items, int offset, int total) implements Result {
        public Page {
            items = List.copyOf(items);
        }
    }

    record NotAllowed() implements Result {
    }
}
