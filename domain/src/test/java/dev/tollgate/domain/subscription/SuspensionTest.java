package dev.tollgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin's suspension: the clock stands still, nothing paid for is lost, and renewals count the pause once. */
class SuspensionTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final PlanId MONTH = new PlanId("month");
    private static final PlanTerms STACK = new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(10), 0, false,
            RenewalPolicy.STACK_BOTH);
    private static final PlanTerms RESET = new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(10), 0, false,
            new RenewalPolicy(RenewalPolicy.Mode.RESET, RenewalPolicy.Mode.RESET));

    private static Subscription active() {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription subscription = Subscription.createForPlan(id, new TelegramUserId(42), SubscriptionKind.PAID,
                new ServerId("de-1"), new ClientCredential("tg42-abcd1234", UUID.randomUUID().toString()), STACK, T0);
        subscription.activate(T0);
        return subscription;
    }

    @Test
    void resume_afterTenDays_movesTheExpiryOnByTenDays() {
        Subscription s = active();
        s.suspend(T0.plus(Duration.ofDays(5)));

        assertThat(s.resume(T0.plus(Duration.ofDays(15)))).isTrue();

        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(40)));
        assertThat(s.suspendedAt()).isEmpty();
        assertThat(s.resume(T0.plus(Duration.ofDays(16)))).isFalse();
    }

    @Test
    void suspend_ofALimitedSubscription_resumesLimitedAndAPendingOneCannotBeSuspended() {
        Subscription s = active();
        s.recordUsage(DataSize.ofGibibytes(10), T0.plusSeconds(60));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.LIMITED);

        assertThat(s.suspend(T0.plusSeconds(120))).isTrue();
        assertThat(s.suspend(T0.plusSeconds(180))).isFalse();
        s.resume(T0.plusSeconds(240));

        assertThat(s.status()).isEqualTo(SubscriptionStatus.LIMITED);
        Subscription pending = Subscription.createForPlan(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(42),
                SubscriptionKind.PAID, new ServerId("de-1"), new ClientCredential("tg42-ffff0000", "s"), STACK, T0);
        assertThatThrownBy(() -> pending.suspend(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void renew_whileSuspendedWithResetDays_countsThePauseBeforeTheRenewalOnlyOnce() {
        Subscription s = active();
        s.suspend(T0.plus(Duration.ofDays(10)));
        s.renew(RESET, T0.plus(Duration.ofDays(20)));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.SUSPENDED);

        s.resume(T0.plus(Duration.ofDays(25)));

        // The new term started at the renewal (day 20) and five of its days were paused.
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(20 + 30 + 5)));
    }

    @Test
    void renewAndExtend_whileSuspendedWithStackedDays_keepEveryPaidDay() {
        Subscription s = active();
        s.suspend(T0.plus(Duration.ofDays(10)));
        s.renew(STACK, T0.plus(Duration.ofDays(50)));
        s.extend(Duration.ofDays(3), DataSize.ZERO, T0.plus(Duration.ofDays(55)));

        s.resume(T0.plus(Duration.ofDays(60)));

        // 20 days were left when suspended; 30 renewed and 3 given are added, all counted from the resume.
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(60 + 20 + 30 + 3)));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void upgrade_whileSuspended_staysSuspendedAndStartsTheNewTermAtTheResume() {
        Subscription s = active();
        s.suspend(T0.plus(Duration.ofDays(10)));
        PlanTerms bigger = new PlanTerms(new PlanId("quarter"), Duration.ofDays(90), DataSize.ofGibibytes(50), 0, false,
                RenewalPolicy.STACK_BOTH);
        s.upgrade(bigger, T0.plus(Duration.ofDays(12)));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.SUSPENDED);

        s.resume(T0.plus(Duration.ofDays(20)));

        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(12 + 90 + 8)));
    }

    @Test
    void resetTraffic_ofALimitedSubscription_makesItActiveAndOfASuspendedOneKeepsItSuspended() {
        Subscription s = active();
        s.recordUsage(DataSize.ofGibibytes(10), T0.plusSeconds(60));
        s.resetTraffic();
        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(s.trafficUsed()).isEqualTo(DataSize.ZERO);

        s.suspend(T0.plusSeconds(120));
        s.resetTraffic();
        assertThat(s.status()).isEqualTo(SubscriptionStatus.SUSPENDED);
    }
}
