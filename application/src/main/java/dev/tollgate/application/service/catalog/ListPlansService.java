package dev.tollgate.application.service.catalog;

import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.domain.plan.Plan;
import java.util.List;

/** Lists the active plans. */
public final class ListPlansService implements ListPlansUseCase {

    private final PlanRepository plans;

    public ListPlansService(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public List<Plan> listOnSale() {
        return plans.findActive();
    }
}
