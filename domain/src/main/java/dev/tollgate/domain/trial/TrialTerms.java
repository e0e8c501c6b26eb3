package dev.tollgate.domain.trial;

import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.Objects;

/** How long a free trial lasts and how much traffic it carries. */
public record TrialTerms(Duration duration, DataSize traffic) {

    public TrialTerms {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(traffic, "traffic");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a trial must last a positive time: " + duration);
        }
        if (traffic.isZero()) {
            throw new IllegalArgumentException("a trial must carry some traffic");
        }
    }
}
