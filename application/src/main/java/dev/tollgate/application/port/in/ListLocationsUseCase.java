package dev.tollgate.application.port.in;

import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Objects;

/** The locations (servers) a plan can be bought on, so a buyer can pick one; empty for an unknown plan. */
public interface ListLocationsUseCase {

    List<Location> list(Command command);

    record Command(PlanId plan) {
        public Command {
            Objects.requireNonNull(plan, "plan");
        }
    }

    /** One server a new subscription of the plan may be placed on, with the name users see. */
    record Location(ServerId server, String name) {
        public Location {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(name, "name");
        }
    }
}
