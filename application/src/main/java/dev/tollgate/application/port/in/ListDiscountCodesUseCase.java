package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import java.util.List;
import java.util.Objects;

/** Admins see every promo code with its uses, ordered by code. */
public interface ListDiscountCodesUseCase {

    Result list(Command command);

    record Command(TelegramUserId admin) {
        public Command {
            Objects.requireNonNull(admin, "admin");
        }
    }

    sealed interface Result {
    }

    record Codes(List<DiscountCode> codes) implements Result {
        public Codes {
            codes = List.copyOf(codes);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN
    }
}
