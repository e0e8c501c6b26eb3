package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.plan.Plan;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the plans of the configuration into the database at start: new ones are created, changed ones updated
 * (orders already placed keep the terms they were sold at). Plans that admins made and the file does not name are
 * left alone.
 */
final class PlanCatalogSync implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanCatalogSync.class);

    private final List<Settings.ConfiguredPlan> plans;
    private final PlanRepository repository;
    private final TransactionRunner transactions;
    private final Clock clock;

    PlanCatalogSync(List<Settings.ConfiguredPlan> plans, PlanRepository repository, TransactionRunner transactions, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "plan-sync";
    }

    @Override
    public int phase() {
        return PHASE_STORAGE + 1;
    }

    @Override
    public void start() {
        for (Settings.ConfiguredPlan configured : plans) {
            transactions.run(() -> {
                Optional<Plan> stored = repository.findById(configured.id());
                if (stored.isEmpty()) {
                    Plan plan = Plan.create(configured.id(), configured.name(), configured.terms(), configured.prices(),
                            configured.servers(), configured.groups(), clock.instant());
                    if (!configured.active()) {
                        plan.deactivate();
                    }
                    repository.insert(plan);
                    LOG.info("plan {} created from the configuration", configured.id());
                    return;
                }
                Plan plan = stored.get();
                if (same(plan, configured)) {
                    return;
                }
                plan.change(configured.name(), configured.terms(), configured.prices(), configured.servers(), configured.groups());
                if (configured.active() && !plan.active()) {
                    plan.activate();
                } else if (!configured.active() && plan.active()) {
                    plan.deactivate();
                }
                repository.update(plan);
                LOG.info("plan {} updated from the configuration", configured.id());
            });
        }
    }

    private static boolean same(Plan plan, Settings.ConfiguredPlan configured) {
        return plan.name().equals(configured.name()) && plan.terms().equals(configured.terms())
                && plan.prices().equals(configured.prices()) && plan.servers().equals(configured.servers())
                && plan.serverGroups().equals(configured.groups()) && plan.active() == configured.active();
    }

    @Override
    public void stop() {
    }
}
