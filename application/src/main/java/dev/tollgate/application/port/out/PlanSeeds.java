package dev.tollgate.application.port.out;

import dev.tollgate.domain.plan.PlanId;
import java.time.Instant;
import java.util.Optional;

/** The fingerprint of each configured plan as last applied, so the start-up sync knows whether the file changed. */
public interface PlanSeeds {

    Optional<String> lastApplied(PlanId plan);

    /** Records (or replaces) the fingerprint applied for the plan. */
    void applied(PlanId plan, String fingerprint, Instant at);
}
