package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PLAN_SEEDS;

import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.domain.plan.PlanId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Plan seed fingerprints on H2 or PostgreSQL: one row per configured plan, replaced by an upsert. */
final class JooqPlanSeeds implements PlanSeeds {

    private final DSLContext dsl;

    @Inject
    JooqPlanSeeds(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> lastApplied(PlanId plan) {
        return Errors.translate("read the seed of plan " + plan.value(), () -> dsl.select(PLAN_SEEDS.FINGERPRINT)
                .from(PLAN_SEEDS).where(PLAN_SEEDS.PLAN_ID.eq(plan.value())).fetchOptional(PLAN_SEEDS.FINGERPRINT));
    }

    @Override
    public void applied(PlanId plan, String fingerprint, Instant at) {
        Errors.translate("record the seed of plan " + plan.value(), () -> dsl.insertInto(PLAN_SEEDS)
                .set(PLAN_SEEDS.PLAN_ID, plan.value())
                .set(PLAN_SEEDS.FINGERPRINT, fingerprint)
                .set(PLAN_SEEDS.APPLIED_AT, Times.toDb(at))
                .onConflict(PLAN_SEEDS.PLAN_ID)
                .doUpdate()
                .set(PLAN_SEEDS.FINGERPRINT, fingerprint)
                .set(PLAN_SEEDS.APPLIED_AT, Times.toDb(at))
                .execute());
    }
}
