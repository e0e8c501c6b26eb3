package dev.tollgate.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * The auto-renewal job: renews from the wallet the subscriptions whose owners switched it on and whose term ends
 * within {@code window}, at most once per period even when two runs overlap.
 */
public interface AutoRenewSubscriptionsUseCase {

    Result renew(Command command);

    record Command(Duration window) {
        public Command {
            Objects.requireNonNull(window, "window");
        }
    }

    record Result(int renewed, int unaffordable) {
    }
}
