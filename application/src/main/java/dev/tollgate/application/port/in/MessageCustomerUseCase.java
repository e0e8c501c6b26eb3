package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/** An admin writes to a customer through the bot; the message and its delivery are audited. */
public interface MessageCustomerUseCase {

    /** Longest message, so it fits one Telegram message with the bot's heading. */
    int MAX_TEXT = 3500;

    Result send(Command command);

    record Command(TelegramUserId admin, TelegramUserId customer, String text) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(text, "text");
        }
    }

    sealed interface Result {
    }

    record Sent() implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_CUSTOMER, EMPTY, TOO_LONG, BLOCKED_THE_BOT, NOT_DELIVERED
    }
}
