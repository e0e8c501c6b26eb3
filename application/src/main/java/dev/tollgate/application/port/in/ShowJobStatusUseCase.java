package dev.tollgate.application.port.in;

import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.List;
import java.util.Optional;

/** Each background job's last run, outcome and duration and its last success: for the admins and for monitoring. */
public interface ShowJobStatusUseCase {

    Result show(Command command);

    /** {@code admin} is the admin asking in the bot; empty for the operator's monitoring ({@code /metrics}). */
    record Command(Optional<TelegramUserId> admin) {
        public Command {
            java.util.Objects.requireNonNull(admin, "admin");
        }

        public static Command forAdmin(TelegramUserId admin) {
            return new Command(Optional.of(admin));
        }

        public static Command forMonitoring() {
            return new Command(Optional.empty());
        }
    }

    sealed interface Result {
    }

    /** One entry per job that ran at least once, by name. */
    record Jobs(List<JobRuns.State> jobs) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN
    }
}
