package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Plans in a map, with the database's key and version checks. */
public final class InMemoryPlanRepository implements PlanRepository {

    private final Map<String, Plan> rows = new TreeMap<>();

    @Override
    public synchronized void insert(Plan plan) {
        if (rows.containsKey(plan.id().value())) {
            throw new DuplicateKeyException("plan " + plan.id() + " exists");
        }
        rows.put(plan.id().value(), copy(plan, plan.version()));
    }

    @Override
    public synchronized void update(Plan plan) {
        Plan stored = rows.get(plan.id().value());
        if (stored == null || stored.version() != plan.version()) {
            throw new ConcurrentUpdateException("plan " + plan.id() + " changed or vanished");
        }
        rows.put(plan.id().value(), copy(plan, plan.version() + 1));
    }

    @Override
    public synchronized Optional<Plan> findById(PlanId id) {
        return Optional.ofNullable(rows.get(id.value())).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized List<Plan> findActive() {
        return rows.values().stream().filter(Plan::active).sorted(Comparator.comparing(p -> p.id().value()))
                .map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized List<Plan> findAll() {
        return rows.values().stream().map(p -> copy(p, p.version())).toList();
    }

    private static Plan copy(Plan p, long version) {
        Plan copy = Plan.rehydrate(p.id(), p.name(), p.terms(), p.prices(), p.servers(), p.serverGroups(), p.active(),
                p.createdAt(), version).withAllLocations(p.allLocations());
        copy.changeTrafficPacks(p.trafficPacks());
        return copy;
    }
}
