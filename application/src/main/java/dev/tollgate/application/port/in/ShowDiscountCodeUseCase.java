package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import java.util.List;
import java.util.Objects;

/** Admins see one promo code with the orders it was used on, a page at a time, newest first. */
public interface ShowDiscountCodeUseCase {

    /** Uses per page. */
    int PAGE = 8;

    Result show(Command command);

    /** {@code page} counts from 0. */
    record Command(TelegramUserId admin, PromoCode code, int page) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(code, "code");
            if (page < 0) {
                throw new IllegalArgumentException("page " + page);
            }
        }
    }

    sealed interface Result {
    }

    /** {@code more} when a next page of uses exists. */
    record Shown(DiscountCode code, List<Order> uses, int page, boolean more) implements Result {
        public Shown {
            uses = List.copyOf(uses);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_CODE
    }
}
