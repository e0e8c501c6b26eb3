package dev.tollgate.domain.plan;

import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.Objects;

/**
 * What a plan grants, frozen into an order when it is placed so that a later edit of the plan changes nothing
 * that was already sold. A zero traffic quota means unlimited; a device limit of zero means unlimited.
 */
public record PlanTerms(PlanId plan, Duration duration, DataSize traffic, int deviceLimit, boolean startOnFirstUse,
                        RenewalPolicy renewal) {

    public PlanTerms {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(renewal, "renewal");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a plan must last a positive time: " + duration);
        }
        if (deviceLimit < 0) {
            throw new IllegalArgumentException("a device limit cannot be negative: " + deviceLimit);
        }
    }

    public boolean unlimitedTraffic() {
        return traffic.isZero();
    }
}
