package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import java.util.Objects;

/** An admin removes a server added in the bot, only while no live subscription is on it; audited. */
public interface RemoveServerUseCase {

    Result remove(Command command);

    record Command(TelegramUserId admin, ServerId id) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(id, "id");
        }
    }

    sealed interface Result {
    }

    record Removed() implements Result {
    }

    /** {@code live} is the number of live subscriptions when the reason is {@link Reason#IN_USE}. */
    record Refused(Reason reason, int live) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN,
        UNKNOWN_SERVER,
        /** Servers of the configuration file are removed there. */
        CONFIGURED,
        /** Live (pending, active or traffic-limited) subscriptions are on it. */
        IN_USE
    }
}
