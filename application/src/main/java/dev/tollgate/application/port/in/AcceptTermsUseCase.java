package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Objects;

/**
 * The shop's terms at first start: whether a user accepted them, and the acceptance itself (stored once, with its
 * time). Asked with {@code accept} false it only tells.
 */
public interface AcceptTermsUseCase {

    Result accept(Command command);

    record Command(TelegramUserId user, boolean accept) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    record Result(boolean accepted) {
    }
}
