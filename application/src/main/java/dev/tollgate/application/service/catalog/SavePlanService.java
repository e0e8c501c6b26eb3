package dev.tollgate.application.service.catalog;

import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.domain.plan.Plan;
import java.time.Clock;
import java.util.Optional;

/** Creates or changes a plan for an admin; invalid plans (no price, no server, bad terms) are refused with the reason. */
public final class SavePlanService implements SavePlanUseCase {

    private final AdminDirectory admins;
    private final PlanRepository plans;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SavePlanService(AdminDirectory admins, PlanRepository plans, TransactionRunner transactions, Clock clock) {
        this.admins = admins;
        this.plans = plans;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result save(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "save plan " + command.terms().plan())) {
            return new Refused(Reason.NOT_AN_ADMIN, null);
        }
        try {
            return transactions.inTransaction(() -> {
                Optional<Plan> existing = plans.findById(command.terms().plan());
                Plan plan = existing.orElse(null);
                if (plan == null) {
                    plan = Plan.create(command.terms().plan(), command.name(), command.terms(), command.prices(),
                            command.servers(), command.serverGroups(), clock.instant());
                } else {
                    plan.change(command.name(), command.terms(), command.prices(), command.servers(),
                            command.serverGroups());
                }
                if (command.active()) {
                    plan.activate();
                } else {
                    plan.deactivate();
                }
                if (existing.isEmpty()) {
                    plans.insert(plan);
                } else {
                    plans.update(plan);
                }
                return new Saved(existing.isEmpty());
            });
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new Refused(Reason.INVALID_PLAN, invalid.getMessage());
        }
    }
}
