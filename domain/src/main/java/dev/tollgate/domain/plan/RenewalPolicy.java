package dev.tollgate.domain.plan;

import java.util.Objects;

/** What a renewal does with the time and the traffic that are left: add the new term to them, or start afresh. */
public record RenewalPolicy(Mode days, Mode traffic) {

    /** Stack keeps what is left and adds the new amount; reset throws what is left away. */
    public enum Mode {
        STACK, RESET
    }

    /** The default users expect: nothing they paid for is lost. */
    public static final RenewalPolicy STACK_BOTH = new RenewalPolicy(Mode.STACK, Mode.STACK);

    public RenewalPolicy {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(traffic, "traffic");
    }
}
