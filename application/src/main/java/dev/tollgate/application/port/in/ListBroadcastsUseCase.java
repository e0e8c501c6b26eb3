package dev.tollgate.application.port.in;

import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Admins page through the broadcasts, newest first, each with its delivery counts; or look at one. */
public interface ListBroadcastsUseCase {

    Result list(Command command);

    /** One page ({@code offset}, {@code limit}), or only broadcast {@code only} when it is given. */
    record Command(TelegramUserId admin, int offset, int limit, Optional<BroadcastId> only) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(only, "only");
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("a page has an offset >= 0 and a limit >= 1");
            }
        }
    }

    sealed interface Result {
    }

    record Page(List<Item> items, int total) implements Result {
        public Page {
            items = List.copyOf(items);
        }
    }

    record Item(Broadcast broadcast, Map<DeliveryStatus, Integer> counts) {
        public Item {
            counts = Map.copyOf(counts);
        }

        public int count(DeliveryStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_BROADCAST
    }
}
