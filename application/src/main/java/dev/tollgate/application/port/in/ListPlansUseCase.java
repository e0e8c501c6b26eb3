package dev.tollgate.application.port.in;

import dev.tollgate.domain.plan.Plan;
import java.util.List;

/** The plans on sale, for the shop's menu. */
public interface ListPlansUseCase {

    List<Plan> listOnSale();
}
