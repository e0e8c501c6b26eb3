package dev.tollgate.application.service.catalog;

import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.domain.plan.Plan;
import java.util.List;
import java.util.Optional;

/** The configured servers a plan grants, directly or through its groups, in configuration order. */
public final class ListLocationsService implements ListLocationsUseCase {

    private final PlanRepository plans;
    private final ServerCatalog servers;
    private final ServerGroups groups;

    public ListLocationsService(PlanRepository plans, ServerCatalog servers, ServerGroups groups) {
        this.plans = plans;
        this.servers = servers;
        this.groups = groups;
    }

    @Override
    public List<Location> list(Command command) {
        Optional<Plan> plan = plans.findById(command.plan());
        if (plan.isEmpty()) {
            return List.of();
        }
        return servers.all().stream().filter(s -> plan.get().grants(s.id(), groups.groupsOf(s.id())))
                .map(s -> new Location(s.id(), s.displayName() == null || s.displayName().isBlank()
                        ? s.id().value() : s.displayName()))
                .toList();
    }
}
