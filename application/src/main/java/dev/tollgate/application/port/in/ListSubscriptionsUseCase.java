package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Objects;

/** Shows a user their subscriptions with the links to use them. */
public interface ListSubscriptionsUseCase {

    List<AccessDetails> list(Command command);

    record Command(TelegramUserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }
}
