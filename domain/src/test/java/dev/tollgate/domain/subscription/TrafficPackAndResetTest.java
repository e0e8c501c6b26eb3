package dev.tollgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrafficPackAndResetTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final PlanId MONTH = new PlanId("month");
    private static final PlanTerms TERMS = new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(50), 2, false,
            RenewalPolicy.STACK_BOTH);

    private static Subscription active() {
        Subscription s = Subscription.createForPlan(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(1),
                SubscriptionKind.PAID, new ServerId("de-1"), new ClientCredential("tg1-x", "secret"), TERMS, T0);
        s.activate(T0);
        return s;
    }

    private static TrafficPack pack(long gb) {
        return new TrafficPack(DataSize.ofGibibytes(gb), Map.of(Currency.XTR, Money.of(100, Currency.XTR)));
    }

    @Test
    void addTraffic_whileActive_growsTheQuotaAndKeepsExpiryAndUsage() {
        Subscription s = active();
        s.recordUsage(DataSize.ofGibibytes(20), T0.plus(Duration.ofDays(3)));
        s.addTraffic(DataSize.ofGibibytes(10), T0.plus(Duration.ofDays(3)));
        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(s.trafficUsed()).isEqualTo(DataSize.ofGibibytes(20));
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(30)));
    }

    @Test
    void addTraffic_whenLimitedByItsQuota_letsTheSubscriptionInAgain() {
        Subscription s = active();
        assertThat(s.recordUsage(DataSize.ofGibibytes(50), T0.plus(Duration.ofDays(3)))).isTrue();
        s.addTraffic(DataSize.ofGibibytes(10), T0.plus(Duration.ofDays(4)));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(s.remainingTraffic()).contains(DataSize.ofGibibytes(10));
    }

    @Test
    void addTraffic_onUnlimitedOrRevoked_isRefused() {
        Subscription unlimited = Subscription.createForPlan(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(1),
                SubscriptionKind.PAID, new ServerId("de-1"), new ClientCredential("tg1-y", "secret"),
                new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ZERO, 0, false, RenewalPolicy.STACK_BOTH), T0);
        assertThatThrownBy(() -> unlimited.addTraffic(DataSize.ofGibibytes(1), T0)).isInstanceOf(IllegalStateException.class);
        Subscription revoked = active();
        revoked.revoke();
        assertThatThrownBy(() -> revoked.addTraffic(DataSize.ofGibibytes(1), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterTrafficPack_showsTheNewQuotaWithoutChangingTheSubscription() {
        Subscription s = active();
        Subscription.Outlook after = s.afterTrafficPack(DataSize.ofGibibytes(25), T0);
        assertThat(after.quota()).isEqualTo(DataSize.ofGibibytes(75));
        assertThat(after.expiresAt()).isEqualTo(s.expiresAt());
        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(50));
    }

    @Test
    void plan_trafficPacks_areNamedByTheirTrafficAndRefusedForUnlimitedPlans() {
        Plan plan = Plan.create(MONTH, "Month", TERMS, Map.of(Currency.XTR, Money.of(250, Currency.XTR)),
                Set.of(new ServerId("de-1")), Set.of(), T0);
        plan.changeTrafficPacks(List.of(pack(10), pack(50)));
        assertThat(plan.trafficPack(DataSize.ofGibibytes(50))).contains(pack(50));
        assertThat(plan.trafficPack(DataSize.ofGibibytes(20))).isEmpty();
        assertThatThrownBy(() -> plan.changeTrafficPacks(List.of(pack(10), pack(10))))
                .isInstanceOf(IllegalArgumentException.class);
        Plan unlimited = Plan.create(MONTH, "Month", new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ZERO, 0, false,
                RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, Money.of(250, Currency.XTR)), Set.of(new ServerId("de-1")),
                Set.of(), T0);
        assertThatThrownBy(() -> unlimited.changeTrafficPacks(List.of(pack(10)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trafficPack_withoutTrafficOrPrice_isRejected() {
        assertThatThrownBy(() -> new TrafficPack(DataSize.ZERO, Map.of(Currency.XTR, Money.of(1, Currency.XTR))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrafficPack(DataSize.ofGibibytes(1), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replaceCredential_keepsTheEmailAndRefusesTheSameSecretOrAnotherEmail() {
        Subscription s = active();
        s.replaceCredential(new ClientCredential("tg1-x", "fresh"));
        assertThat(s.credential().secret()).isEqualTo("fresh");
        assertThatThrownBy(() -> s.replaceCredential(new ClientCredential("tg1-x", "fresh")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.replaceCredential(new ClientCredential("tg1-z", "other")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
