package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import java.util.Objects;
import java.util.Optional;

/** Staff read a server's last recorded health check (never a live panel call), e.g. from a panel alert. */
public interface ShowServerStatusUseCase {

    Result show(Command command);

    record Command(TelegramUserId staff, ServerId server) {
        public Command {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(server, "server");
        }
    }

    sealed interface Result {
    }

    /** {@code status} is empty before the first check. */
    record Found(ServerId server, String name, Optional<PanelStatus> status) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_SERVER
    }
}
