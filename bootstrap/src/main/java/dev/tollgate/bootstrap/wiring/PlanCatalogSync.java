package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.plan.Plan;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the plans of the configuration into the database at start. A plan the file names is created when missing.
 * Once stored, edits made in the bot win: the file's entry for that plan is applied again only when the entry itself
 * changed since it was last applied (its fingerprint is kept in {@link PlanSeeds}), and then it replaces the bot's
 * edits of that plan. Orders already placed keep the terms they were sold at; plans made in the bot are left alone.
 */
final class PlanCatalogSync implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanCatalogSync.class);

    private final List<Settings.ConfiguredPlan> plans;
    private final PlanRepository repository;
    private final PlanSeeds seeds;
    private final TransactionRunner transactions;
    private final Clock clock;

    PlanCatalogSync(List<Settings.ConfiguredPlan> plans, PlanRepository repository, PlanSeeds seeds,
                    TransactionRunner transactions, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.seeds = seeds;
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
                            configured.servers(), configured.groups(), clock.instant()).withAllLocations(configured.allLocations());
                    if (!configured.active()) {
                        plan.deactivate();
                    }
                    plan.changeTrafficPacks(configured.trafficPacks());
                    repository.insert(plan);
                    seeds.applied(configured.id(), fingerprint(configured), clock.instant());
                    LOG.info("plan {} created from the configuration", configured.id());
                    return;
                }
                Plan plan = stored.get();
                String fingerprint = fingerprint(configured);
                Optional<String> last = seeds.lastApplied(configured.id());
                if (last.filter(fingerprint::equals).isPresent()) {
                    return;
                }
                if (same(plan, configured)) {
                    seeds.applied(configured.id(), fingerprint, clock.instant());
                    return;
                }
                plan.change(configured.name(), configured.terms(), configured.prices(), configured.servers(), configured.groups());
                plan.changeTrafficPacks(configured.trafficPacks());
                plan.withAllLocations(configured.allLocations());
                if (configured.active() && !plan.active()) {
                    plan.activate();
                } else if (!configured.active() && plan.active()) {
                    plan.deactivate();
                }
                repository.update(plan);
                seeds.applied(configured.id(), fingerprint, clock.instant());
                LOG.info("plan {} updated from the configuration: its entry changed since it was last applied, so it "
                        + "replaces any edit made in the bot", configured.id());
            });
        }
    }

    private static boolean same(Plan plan, Settings.ConfiguredPlan configured) {
        return plan.name().equals(configured.name()) && plan.terms().equals(configured.terms())
                && plan.prices().equals(configured.prices()) && plan.servers().equals(configured.servers())
                && plan.serverGroups().equals(configured.groups()) && plan.active() == configured.active()
                && plan.trafficPacks().equals(configured.trafficPacks())
                && plan.allLocations() == configured.allLocations();
    }

    /** SHA-256 of everything the file says about the plan, in a stable order. */
    static String fingerprint(Settings.ConfiguredPlan configured) {
        String text = configured.name() + "|" + configured.terms() + "|" + new TreeMap<>(configured.prices()) + "|"
                + new TreeSet<>(configured.servers().stream().map(s -> s.value()).toList()) + "|"
                + new TreeSet<>(configured.groups()) + "|" + configured.active()
                + (configured.trafficPacks().isEmpty() ? "" : "|" + packs(configured))
                + (configured.allLocations() ? "|all-locations" : "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The packs in a stable text; absent from the fingerprint when there are none, so older fingerprints still match. */
    private static String packs(Settings.ConfiguredPlan configured) {
        return configured.trafficPacks().stream().map(p -> p.traffic().bytes() + "=" + new TreeMap<>(p.prices()))
                .toList().toString();
    }

    @Override
    public void stop() {
    }
}
