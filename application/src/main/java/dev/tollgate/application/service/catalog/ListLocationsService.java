package dev.tollgate.application.service.catalog;

import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.common.ServerPlacement;
import dev.tollgate.domain.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * The configured servers a plan grants, directly or through its groups, in configuration order, that take a new
 * subscription now: a full server (at its {@code maxClients}) or one closed for sales is not offered. An all-locations
 * plan has none to choose.
 */
public final class ListLocationsService implements ListLocationsUseCase {

    private final PlanRepository plans;
    private final ServerPlacement placement;

    public ListLocationsService(PlanRepository plans, ServerCatalog servers, ServerGroups groups,
                                SubscriptionRepository subscriptions) {
        this.plans = plans;
        this.placement = new ServerPlacement(servers, groups, subscriptions);
    }

    @Override
    public List<Location> list(Command command) {
        Optional<Plan> plan = plans.findById(command.plan());
        if (plan.isEmpty() || plan.get().allLocations()) {
            return List.of(); // an all-locations plan is bought everywhere at once: there is nothing to choose
        }
        return placement.withRoom(plan.get()).stream().map(s -> new Location(s.id(), s.displayName())).toList();
    }
}
