package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/**
 * An admin bans a customer from the shop (no purchase, no trial; the bot answers them with that alone) or lifts
 * the ban. Staff cannot be banned. A second press of the same change is answered {@link Unchanged}, not repeated.
 */
public interface BanCustomerUseCase {

    Result change(Command command);

    record Command(TelegramUserId admin, TelegramUserId customer, boolean banned) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(customer, "customer");
        }
    }

    sealed interface Result {
    }

    record Changed(boolean banned) implements Result {
    }

    /** It was so already; nothing was written. */
    record Unchanged(boolean banned) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_CUSTOMER, STAFF_MEMBER
    }
}
