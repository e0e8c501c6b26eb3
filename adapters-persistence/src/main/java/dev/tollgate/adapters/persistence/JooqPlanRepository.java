package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PLANS;
import static dev.tollgate.adapters.persistence.generated.Tables.PLAN_PRICES;
import static dev.tollgate.adapters.persistence.generated.Tables.PLAN_SERVERS;
import static dev.tollgate.adapters.persistence.generated.Tables.PLAN_SERVER_GROUPS;
import static dev.tollgate.adapters.persistence.generated.Tables.PLAN_TRAFFIC_PACKS;

import dev.tollgate.adapters.persistence.generated.tables.records.PlansRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A plan is one row plus its price list, servers and server groups, rewritten whole on every update. */
final class JooqPlanRepository implements PlanRepository {

    private final DSLContext dsl;

    @Inject
    JooqPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Plan plan) {
        Errors.translate("insert plan " + plan.id(), () -> {
            PlanTerms terms = plan.terms();
            dsl.insertInto(PLANS)
                    .set(PLANS.ID, plan.id().value())
                    .set(PLANS.NAME, plan.name())
                    .set(PLANS.DURATION_SECONDS, terms.duration().getSeconds())
                    .set(PLANS.TRAFFIC_BYTES, terms.traffic().bytes())
                    .set(PLANS.DEVICE_LIMIT, terms.deviceLimit())
                    .set(PLANS.START_ON_FIRST_USE, terms.startOnFirstUse())
                    .set(PLANS.RENEWAL_DAYS, terms.renewal().days().name())
                    .set(PLANS.RENEWAL_TRAFFIC, terms.renewal().traffic().name())
                    .set(PLANS.ACTIVE, plan.active())
                    .set(PLANS.ALL_LOCATIONS, plan.allLocations())
                    .set(PLANS.CREATED_AT, Times.toDb(plan.createdAt()))
                    .set(PLANS.VERSION, plan.version())
                    .execute();
            insertChildren(plan);
        });
    }

    @Override
    public void update(Plan plan) {
        Errors.translate("update plan " + plan.id(), () -> {
            PlanTerms terms = plan.terms();
            int updated = dsl.update(PLANS)
                    .set(PLANS.NAME, plan.name())
                    .set(PLANS.DURATION_SECONDS, terms.duration().getSeconds())
                    .set(PLANS.TRAFFIC_BYTES, terms.traffic().bytes())
                    .set(PLANS.DEVICE_LIMIT, terms.deviceLimit())
                    .set(PLANS.START_ON_FIRST_USE, terms.startOnFirstUse())
                    .set(PLANS.RENEWAL_DAYS, terms.renewal().days().name())
                    .set(PLANS.RENEWAL_TRAFFIC, terms.renewal().traffic().name())
                    .set(PLANS.ACTIVE, plan.active())
                    .set(PLANS.ALL_LOCATIONS, plan.allLocations())
                    .set(PLANS.VERSION, plan.version() + 1)
                    .where(PLANS.ID.eq(plan.id().value()))
                    .and(PLANS.VERSION.eq(plan.version()))
                    .execute();
            if (updated != 1) {
                throw new ConcurrentUpdateException("plan " + plan.id() + " was changed by someone else or is gone");
            }
            String id = plan.id().value();
            dsl.deleteFrom(PLAN_PRICES).where(PLAN_PRICES.PLAN_ID.eq(id)).execute();
            dsl.deleteFrom(PLAN_SERVERS).where(PLAN_SERVERS.PLAN_ID.eq(id)).execute();
            dsl.deleteFrom(PLAN_SERVER_GROUPS).where(PLAN_SERVER_GROUPS.PLAN_ID.eq(id)).execute();
            dsl.deleteFrom(PLAN_TRAFFIC_PACKS).where(PLAN_TRAFFIC_PACKS.PLAN_ID.eq(id)).execute();
            insertChildren(plan);
        });
    }

    @Override
    public Optional<Plan> findById(PlanId id) {
        return Errors.translate("find plan", () -> load(PLANS.ID.eq(id.value())).stream().findFirst());
    }

    @Override
    public List<Plan> findActive() {
        return Errors.translate("list active plans", () -> load(PLANS.ACTIVE.isTrue()));
    }

    @Override
    public List<Plan> findAll() {
        return Errors.translate("list plans", () -> load(DSL.noCondition()));
    }

    private void insertChildren(Plan plan) {
        String id = plan.id().value();
        for (Money price : plan.prices().values()) {
            dsl.insertInto(PLAN_PRICES).set(PLAN_PRICES.PLAN_ID, id).set(PLAN_PRICES.CURRENCY, price.currency().name())
                    .set(PLAN_PRICES.AMOUNT_MINOR, price.minorUnits()).execute();
        }
        for (ServerId server : plan.servers()) {
            dsl.insertInto(PLAN_SERVERS).set(PLAN_SERVERS.PLAN_ID, id).set(PLAN_SERVERS.SERVER_ID, server.value()).execute();
        }
        for (String group : plan.serverGroups()) {
            dsl.insertInto(PLAN_SERVER_GROUPS).set(PLAN_SERVER_GROUPS.PLAN_ID, id)
                    .set(PLAN_SERVER_GROUPS.GROUP_NAME, group).execute();
        }
        List<TrafficPack> packs = plan.trafficPacks();
        for (int position = 0; position < packs.size(); position++) {
            TrafficPack pack = packs.get(position);
            for (Money price : pack.prices().values()) {
                dsl.insertInto(PLAN_TRAFFIC_PACKS).set(PLAN_TRAFFIC_PACKS.PLAN_ID, id)
                        .set(PLAN_TRAFFIC_PACKS.TRAFFIC_BYTES, pack.traffic().bytes())
                        .set(PLAN_TRAFFIC_PACKS.POSITION, position)
                        .set(PLAN_TRAFFIC_PACKS.CURRENCY, price.currency().name())
                        .set(PLAN_TRAFFIC_PACKS.AMOUNT_MINOR, price.minorUnits()).execute();
            }
        }
    }

    /** Each plan's packs in their offered order, each with its price list. */
    private Map<String, List<TrafficPack>> packsOf(List<String> ids) {
        Map<String, java.util.TreeMap<Integer, Map<Currency, Money>>> prices = new HashMap<>();
        Map<String, Map<Integer, Long>> traffic = new HashMap<>();
        dsl.selectFrom(PLAN_TRAFFIC_PACKS).where(PLAN_TRAFFIC_PACKS.PLAN_ID.in(ids)).forEach(r -> {
            Currency currency = Currency.valueOf(r.getCurrency());
            prices.computeIfAbsent(r.getPlanId(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(r.getPosition(), k -> new EnumMap<>(Currency.class))
                    .put(currency, Money.of(r.getAmountMinor(), currency));
            traffic.computeIfAbsent(r.getPlanId(), k -> new HashMap<>()).put(r.getPosition(), r.getTrafficBytes());
        });
        Map<String, List<TrafficPack>> packs = new HashMap<>();
        prices.forEach((plan, byPosition) -> byPosition.forEach((position, list) -> packs
                .computeIfAbsent(plan, k -> new ArrayList<>())
                .add(new TrafficPack(DataSize.ofBytes(traffic.get(plan).get(position)), list))));
        return packs;
    }

    /** The matching plans ordered by id, with their children read in three queries rather than three per plan. */
    private List<Plan> load(Condition condition) {
        List<PlansRecord> rows = dsl.selectFrom(PLANS).where(condition).orderBy(PLANS.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(PlansRecord::getId).toList();
        Map<String, Map<Currency, Money>> prices = new HashMap<>();
        dsl.selectFrom(PLAN_PRICES).where(PLAN_PRICES.PLAN_ID.in(ids)).forEach(r -> {
            Currency currency = Currency.valueOf(r.getCurrency());
            prices.computeIfAbsent(r.getPlanId(), k -> new EnumMap<>(Currency.class))
                    .put(currency, Money.of(r.getAmountMinor(), currency));
        });
        Map<String, Set<ServerId>> servers = new HashMap<>();
        dsl.selectFrom(PLAN_SERVERS).where(PLAN_SERVERS.PLAN_ID.in(ids)).forEach(r ->
                servers.computeIfAbsent(r.getPlanId(), k -> new HashSet<>()).add(new ServerId(r.getServerId())));
        Map<String, Set<String>> groups = new HashMap<>();
        dsl.selectFrom(PLAN_SERVER_GROUPS).where(PLAN_SERVER_GROUPS.PLAN_ID.in(ids)).forEach(r ->
                groups.computeIfAbsent(r.getPlanId(), k -> new HashSet<>()).add(r.getGroupName()));
        Map<String, List<TrafficPack>> packs = packsOf(ids);
        List<Plan> plans = new ArrayList<>(rows.size());
        for (PlansRecord row : rows) {
            PlanId id = new PlanId(row.getId());
            PlanTerms terms = new PlanTerms(id, Duration.ofSeconds(row.getDurationSeconds()),
                    DataSize.ofBytes(row.getTrafficBytes()), row.getDeviceLimit(), row.getStartOnFirstUse(),
                    new RenewalPolicy(RenewalPolicy.Mode.valueOf(row.getRenewalDays()),
                            RenewalPolicy.Mode.valueOf(row.getRenewalTraffic())));
            Plan plan = Plan.rehydrate(id, row.getName(), terms, prices.getOrDefault(row.getId(), Map.of()),
                    servers.getOrDefault(row.getId(), Set.of()), groups.getOrDefault(row.getId(), Set.of()),
                    row.getActive(), Times.fromDb(row.getCreatedAt()), row.getVersion()).withAllLocations(row.getAllLocations());
            if (!terms.unlimitedTraffic()) {
                plan.changeTrafficPacks(packs.getOrDefault(row.getId(), List.of()));
            }
            plans.add(plan);
        }
        return plans;
    }
}
