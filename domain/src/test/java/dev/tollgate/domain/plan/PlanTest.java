package dev.tollgate.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static Plan plan(String id, int days, long gib) {
        PlanId planId = new PlanId(id);
        return Plan.create(planId, id, new PlanTerms(planId, Duration.ofDays(days), DataSize.ofGibibytes(gib), 1,
                        false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(100, Currency.XTR)),
                Set.of(new ServerId("de-1")), Set.of("europe"), Instant.EPOCH);
    }

    @Test
    void grants_byServerOrByGroup() {
        Plan plan = plan("m", 30, 50);
        assertThat(plan.grants(new ServerId("de-1"), Set.of())).isTrue();
        assertThat(plan.grants(new ServerId("fr-1"), Set.of("europe"))).isTrue();
        assertThat(plan.grants(new ServerId("us-1"), Set.of("america"))).isFalse();
    }

    @Test
    void isBiggerThan_needsMoreOfOneAndNoLessOfTheOther() {
        assertThat(plan("q", 90, 200).isBiggerThan(plan("m", 30, 50))).isTrue();
        assertThat(plan("m", 30, 50).isBiggerThan(plan("m2", 30, 50))).isFalse();
        assertThat(plan("l", 90, 10).isBiggerThan(plan("m", 30, 50))).isFalse();
        assertThat(plan("u", 30, 0).isBiggerThan(plan("m", 30, 50))).isTrue();
    }

    @Test
    void create_withoutPriceOrServer_isRejected() {
        PlanId id = new PlanId("x");
        PlanTerms terms = new PlanTerms(id, Duration.ofDays(1), DataSize.ZERO, 0, false, RenewalPolicy.STACK_BOTH);
        assertThatThrownBy(() -> Plan.create(id, "x", terms, Map.of(), Set.of(new ServerId("a")), Set.of(), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Plan.create(id, "x", terms, Map.of(Currency.XTR, Money.of(1, Currency.XTR)), Set.of(),
                Set.of(), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Plan.create(id, "x", terms, Map.of(Currency.XTR, Money.of(1, Currency.USD)),
                Set.of(new ServerId("a")), Set.of(), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
