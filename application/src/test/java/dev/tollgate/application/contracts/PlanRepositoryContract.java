package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.PlanRepository} promises. */
public abstract class PlanRepositoryContract extends CommerceStoreContract {

    @Test
    public void plan_roundTrip_keepsEveryField() {
        Plan plan = newPlan();
        Plan stored = stores().plans().findById(plan.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Month 50 GB");
        assertThat(stored.terms()).isEqualTo(plan.terms());
        assertThat(stored.prices()).isEqualTo(plan.prices());
        assertThat(stored.servers()).containsExactly(new ServerId("de-1"));
        assertThat(stored.serverGroups()).containsExactly("europe");
        assertThat(stored.active()).isTrue();
        assertThat(stored.allLocations()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.version()).isZero();
    }

    @Test
    public void plan_change_keepsNewTermsPricesAndUnlimitedValues() {
        Plan plan = newPlan();
        Plan stored = stores().plans().findById(plan.id()).orElseThrow();
        PlanTerms unlimited = new PlanTerms(plan.id(), Duration.ofDays(90).plusHours(1), DataSize.ZERO, 0, false,
                new RenewalPolicy(RenewalPolicy.Mode.RESET, RenewalPolicy.Mode.STACK));
        stored.change("Quarter unlimited", unlimited, Map.of(Currency.RUB, Money.of(99_900, Currency.RUB)),
                Set.of(), Set.of("asia", "europe"));
        stored.deactivate();
        stored.withAllLocations(true);
        stores().transactions().run(() -> stores().plans().update(stored));
        Plan changed = stores().plans().findById(plan.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Quarter unlimited");
        assertThat(changed.terms()).isEqualTo(unlimited);
        assertThat(changed.prices()).isEqualTo(Map.of(Currency.RUB, Money.of(99_900, Currency.RUB)));
        assertThat(changed.servers()).isEmpty();
        assertThat(changed.serverGroups()).containsExactlyInAnyOrder("asia", "europe");
        assertThat(changed.active()).isFalse();
        assertThat(changed.allLocations()).isTrue();
        assertThat(changed.version()).isEqualTo(1);
    }

    @Test
    public void plan_trafficPacks_roundTripInTheirOrderAndAreReplacedOnUpdate() {
        Plan plan = newPlan();
        Plan stored = stores().plans().findById(plan.id()).orElseThrow();
        dev.tollgate.domain.plan.TrafficPack big = new dev.tollgate.domain.plan.TrafficPack(DataSize.ofGibibytes(50),
                Map.of(Currency.USD, Money.of(200, Currency.USD), Currency.XTR, Money.of(100, Currency.XTR)));
        dev.tollgate.domain.plan.TrafficPack small = new dev.tollgate.domain.plan.TrafficPack(DataSize.ofGibibytes(10),
                Map.of(Currency.XTR, Money.of(30, Currency.XTR)));
        stored.changeTrafficPacks(java.util.List.of(big, small));
        stores().transactions().run(() -> stores().plans().update(stored));
        assertThat(stores().plans().findById(plan.id()).orElseThrow().trafficPacks()).containsExactly(big, small);

        Plan again = stores().plans().findById(plan.id()).orElseThrow();
        again.changeTrafficPacks(java.util.List.of(small));
        stores().transactions().run(() -> stores().plans().update(again));
        assertThat(stores().plans().findById(plan.id()).orElseThrow().trafficPacks()).containsExactly(small);
        assertThat(stores().plans().findAll()).filteredOn(p -> p.id().equals(plan.id()))
                .singleElement().satisfies(p -> assertThat(p.trafficPacks()).containsExactly(small));
    }

    @Test
    public void plan_insertTwice_isADuplicateKey() {
        Plan plan = newPlan();
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().plans().insert(plan)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void plan_updateWithStaleVersion_isAConcurrentUpdate() {
        Plan plan = newPlan();
        Plan first = stores().plans().findById(plan.id()).orElseThrow();
        Plan second = stores().plans().findById(plan.id()).orElseThrow();
        first.deactivate();
        stores().transactions().run(() -> stores().plans().update(first));
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().plans().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    public void findActive_leavesDeactivatedPlansOut_findAllKeepsThem() {
        Plan onSale = newPlan();
        Plan retired = stores().plans().findById(newPlan().id()).orElseThrow();
        retired.deactivate();
        stores().transactions().run(() -> stores().plans().update(retired));
        assertThat(stores().plans().findActive()).extracting(Plan::id).contains(onSale.id()).doesNotContain(retired.id());
        assertThat(stores().plans().findAll()).extracting(Plan::id).contains(onSale.id(), retired.id());
        assertThat(stores().plans().findById(new PlanId("never-stored-plan"))).isEmpty();
    }
}
