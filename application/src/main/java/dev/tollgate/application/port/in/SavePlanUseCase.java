package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.plan.TrafficPack;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An admin creates a plan or changes one (orders already placed keep their terms), puts it on or off sale and places it
 * in the menu. Servers and groups must be ones the shop knows.
 */
public interface SavePlanUseCase {

    Result save(Command command);

    /**
     * {@code position} is the plan's place in the menu; {@code trafficPacks} the packs it sells; {@code allLocations}
     * whether one purchase grants every server of the plan. Null keeps each as it is (0, none and false for a new plan).
     */
    record Command(TelegramUserId admin, String name, PlanTerms terms, Map<Currency, Money> prices,
                   Set<ServerId> servers, Set<String> serverGroups, boolean active, Integer position,
                   List<TrafficPack> trafficPacks, Boolean allLocations) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(terms, "terms");
            prices = Map.copyOf(prices);
            servers = Set.copyOf(servers);
            serverGroups = Set.copyOf(serverGroups);
            trafficPacks = trafficPacks == null ? null : List.copyOf(trafficPacks);
        }

        public Command(TelegramUserId admin, String name, PlanTerms terms, Map<Currency, Money> prices,
                       Set<ServerId> servers, Set<String> serverGroups, boolean active, Integer position) {
            this(admin, name, terms, prices, servers, serverGroups, active, position, null, null);
        }

        public Command(TelegramUserId admin, String name, PlanTerms terms, Map<Currency, Money> prices,
                       Set<ServerId> servers, Set<String> serverGroups, boolean active) {
            this(admin, name, terms, prices, servers, serverGroups, active, null);
        }
    }

    sealed interface Result {
    }

    record Saved(boolean created) implements Result {
    }

    record Refused(Reason reason, String detail) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, INVALID_PLAN
    }
}
