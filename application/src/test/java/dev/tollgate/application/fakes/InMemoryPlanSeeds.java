package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.domain.plan.PlanId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Plan seed fingerprints in memory. */
public final class InMemoryPlanSeeds implements PlanSeeds {

    private final Map<PlanId, String> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<String> lastApplied(PlanId plan) {
        return Optional.ofNullable(rows.get(plan));
    }

    @Override
    public void applied(PlanId plan, String fingerprint, Instant at) {
        rows.put(plan, fingerprint);
    }
}
