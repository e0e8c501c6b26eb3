package dev.tollgate.application.port.out;

import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import java.util.List;
import java.util.Optional;

/** Stores the plans the shop sells; plans are deactivated, never deleted, because orders refer to them. */
public interface PlanRepository {

    /** Inserts a new plan; throws {@link DuplicateKeyException} when the id is taken. */
    void insert(Plan plan);

    /** Writes a changed plan; throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(Plan plan);

    Optional<Plan> findById(PlanId id);

    /** Plans on sale in menu order: by position, then id. */
    List<Plan> findActive();

    /** Every plan, active or not, in menu order: by position, then id. */
    List<Plan> findAll();
}
