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
     * {@code createOnly}: the plan must be new; a plan of that id already there is left as it is
     * ({@link Reason#ID_TAKEN}), so a second press of a "create" button never overwrites the first plan.
     */
    record Command(TelegramUserId admin, String name, PlanTerms terms, Map<Currency, Money> prices,
                   Set<ServerId> servers, Set<String> serverGroups, boolean active, Integer position,
                   List<TrafficPack> trafficPacks, Boolean allLocations, boolean createOnly) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(terms, "terms");
            prices = Map.copyOf(prices);
            servers = Set.copyOf(servers);
            serverGroups = Set.copyOf(serverGroups);
            trafficPacks = trafficPacks == null ? null : List.copyOf(trafficPacks);
        }

        /** Creates the plan or changes the one of that id. */
        public Command(TelegramUserId admin, String name, PlanTerms terms, Map<Currency, Money> prices,
                       Set<ServerId> servers, Set<String> serverGroups, boolean active, Integer position,
                       List<TrafficPack> trafficPacks, Boolean allLocations) {
            this(admin, name, terms, prices, servers, serverGroups, active, position, trafficPacks, allLocations, false);
        }

        /** A new plan only, at menu position 0: refused with {@link Reason#ID_TAKEN} when the id is in use. */
        public static Command create(TelegramUserId admin, String name, PlanTerms terms, Map<Currency, Money> prices,
                                     Set<ServerId> servers, Set<String> serverGroups, boolean active,
                                     List<TrafficPack> trafficPacks, boolean allLocations) {
            return new Command(admin, name, terms, prices, servers, serverGroups, active, null, trafficPacks,
                    allLocations, true);
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
        NOT_AN_ADMIN, INVALID_PLAN,
        /** A plan with that id exists already (create only). */
        ID_TAKEN
    }
}
