package dev.tollgate.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryPlanRepository;
import dev.tollgate.application.fakes.InMemoryPlanSeeds;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configuration seeds plans; edits in the bot win until the file's entry for that plan changes. */
class PlanCatalogSyncTest {

    private static final PlanId MONTH = new PlanId("month");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final InMemoryPlanSeeds seeds = new InMemoryPlanSeeds();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    private static Settings.ConfiguredPlan configured(String name, long stars) {
        return new Settings.ConfiguredPlan(MONTH, name, new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(50),
                0, false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(stars, Currency.XTR)),
                Set.of(new ServerId("de-1")), Set.of(), true);
    }

    private void start(Settings.ConfiguredPlan plan) {
        new PlanCatalogSync(List.of(plan), plans, seeds, transactions, clock).start();
    }

    private void editInTheBot(String name, long stars) {
        Plan plan = plans.findById(MONTH).orElseThrow();
        plan.change(name, plan.terms(), Map.of(Currency.XTR, Money.of(stars, Currency.XTR)), plan.servers(),
                plan.serverGroups());
        plan.deactivate();
        plans.update(plan);
    }

    @Test
    void restart_afterAnEditInTheBot_keepsTheEditWhileTheFileIsUnchanged() {
        start(configured("Month", 250));
        editInTheBot("Month (spring offer)", 199);

        start(configured("Month", 250));

        Plan plan = plans.findById(MONTH).orElseThrow();
        assertThat(plan.name()).isEqualTo("Month (spring offer)");
        assertThat(plan.priceIn(Currency.XTR)).contains(Money.of(199, Currency.XTR));
        assertThat(plan.active()).isFalse();
    }

    @Test
    void restart_afterTheFileEntryChanged_appliesItOverTheBotsEdit() {
        start(configured("Month", 250));
        editInTheBot("Month (spring offer)", 199);

        start(configured("Month", 300));

        Plan plan = plans.findById(MONTH).orElseThrow();
        assertThat(plan.name()).isEqualTo("Month");
        assertThat(plan.priceIn(Currency.XTR)).contains(Money.of(300, Currency.XTR));
        assertThat(plan.active()).isTrue();
    }

    @Test
    void start_onADatabaseFromBeforeSeeds_recordsTheSeedWithoutChangingAnEqualPlan() {
        plans.insert(Plan.create(MONTH, "Month", configured("Month", 250).terms(),
                Map.of(Currency.XTR, Money.of(250, Currency.XTR)), Set.of(new ServerId("de-1")), Set.of(), clock.instant()));
        long version = plans.findById(MONTH).orElseThrow().version();

        start(configured("Month", 250));

        assertThat(plans.findById(MONTH).orElseThrow().version()).isEqualTo(version);
        assertThat(seeds.lastApplied(MONTH)).contains(PlanCatalogSync.fingerprint(configured("Month", 250)));
    }

    @Test
    void start_withTrafficPacksInTheFile_storesThemAndAChangedPackIsAppliedAgain() {
        Settings.ConfiguredPlan plain = configured("Month", 250);
        dev.tollgate.domain.plan.TrafficPack ten = new dev.tollgate.domain.plan.TrafficPack(DataSize.ofGibibytes(10),
                Map.of(Currency.XTR, Money.of(40, Currency.XTR)));
        Settings.ConfiguredPlan withPack = new Settings.ConfiguredPlan(MONTH, plain.name(), plain.terms(), plain.prices(),
                plain.servers(), plain.groups(), true, List.of(ten));
        start(withPack);
        assertThat(plans.findById(MONTH).orElseThrow().trafficPacks()).containsExactly(ten);
        assertThat(PlanCatalogSync.fingerprint(plain)).as("a plan without packs keeps its old fingerprint")
                .isNotEqualTo(PlanCatalogSync.fingerprint(withPack));

        dev.tollgate.domain.plan.TrafficPack cheaper = new dev.tollgate.domain.plan.TrafficPack(DataSize.ofGibibytes(10),
                Map.of(Currency.XTR, Money.of(30, Currency.XTR)));
        start(new Settings.ConfiguredPlan(MONTH, plain.name(), plain.terms(), plain.prices(), plain.servers(),
                plain.groups(), true, List.of(cheaper)));
        assertThat(plans.findById(MONTH).orElseThrow().trafficPacks()).containsExactly(cheaper);
    }
}
