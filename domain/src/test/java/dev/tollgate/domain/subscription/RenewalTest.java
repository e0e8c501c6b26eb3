package dev.tollgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.plan.RenewalPolicy.Mode;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RenewalTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final PlanId MONTH = new PlanId("month");

    private static PlanTerms terms(Mode days, Mode traffic) {
        return new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(50), 2, false,
                new RenewalPolicy(days, traffic));
    }

    private static Subscription active(PlanTerms terms) {
        Subscription s = Subscription.createForPlan(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(1),
                SubscriptionKind.PAID, new ServerId("de-1"), new ClientCredential("tg1-x", "secret"), terms, T0);
        s.activate(T0);
        return s;
    }

    @Test
    void renew_stackingWhileActive_addsTheTermToThePaidEnd() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        s.recordUsage(DataSize.ofGibibytes(20), T0.plus(Duration.ofDays(10)));
        s.renew(terms(Mode.STACK, Mode.STACK), T0.plus(Duration.ofDays(10)));
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(60)));
        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(80));
        assertThat(s.trafficUsed()).isEqualTo(DataSize.ZERO);
    }

    @Test
    void renew_resetPolicy_startsFromNowAndDropsWhatWasLeft() {
        Subscription s = active(terms(Mode.RESET, Mode.RESET));
        s.recordUsage(DataSize.ofGibibytes(20), T0.plus(Duration.ofDays(10)));
        s.renew(terms(Mode.RESET, Mode.RESET), T0.plus(Duration.ofDays(10)));
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(40)));
        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(50));
    }

    @Test
    void renew_whenExpired_startsFromNowAndReactivates() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        s.expire(T0.plus(Duration.ofDays(31)));
        s.renew(terms(Mode.STACK, Mode.STACK), T0.plus(Duration.ofDays(40)));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(70)));
    }

    @Test
    void renew_whenLimited_restoresAccess() {
        Subscription s = active(terms(Mode.STACK, Mode.RESET));
        assertThat(s.recordUsage(DataSize.ofGibibytes(50), T0.plusSeconds(60))).isTrue();
        assertThat(s.status()).isEqualTo(SubscriptionStatus.LIMITED);
        s.renew(terms(Mode.STACK, Mode.RESET), T0.plusSeconds(120));
        assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(50));
    }

    @Test
    void renew_whenRevoked_isRefused() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        s.revoke();
        assertThatThrownBy(() -> s.renew(terms(Mode.STACK, Mode.STACK), T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startOnFirstUse_termWaitsForTheFirstTraffic() {
        PlanTerms lazy = new PlanTerms(MONTH, Duration.ofDays(7), DataSize.ofGibibytes(5), 1, true, RenewalPolicy.STACK_BOTH);
        Subscription s = active(lazy);
        assertThat(s.awaitingFirstUse()).isTrue();
        s.renew(lazy, T0.plus(Duration.ofDays(3)));
        assertThat(s.term()).isEqualTo(Duration.ofDays(14));
        s.recordUsage(DataSize.ofBytes(1), T0.plus(Duration.ofDays(5)));
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(19)));
    }

    /** Property: under STACK/STACK no renewal ever loses paid time or unused traffic, and the credential never changes. */
    @Test
    void randomRenewalsUnderStacking_neverLoseTimeOrTrafficAndKeepTheCredential() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            Subscription s = active(terms(Mode.STACK, Mode.STACK));
            ClientCredential credential = s.credential();
            Instant now = T0;
            for (int step = 0; step < 10; step++) {
                now = now.plus(Duration.ofHours(random.nextInt(24 * 45)));
                if (s.status() == SubscriptionStatus.ACTIVE) {
                    s.recordUsage(s.trafficUsed().plus(DataSize.ofMebibytes(random.nextInt(30_000))), now);
                }
                Instant paidEnd = s.expiresAt().orElseThrow();
                DataSize unused = s.remainingTraffic().orElseThrow();
                PlanTerms renewal = new PlanTerms(MONTH, Duration.ofDays(1 + random.nextInt(90)),
                        DataSize.ofGibibytes(1 + random.nextInt(100)), 2, false, RenewalPolicy.STACK_BOTH);
                s.renew(renewal, now);
                Instant base = paidEnd.isAfter(now) ? paidEnd : now;
                assertThat(s.expiresAt()).contains(base.plus(renewal.duration()));
                assertThat(s.remainingTraffic()).contains(unused.plus(renewal.traffic()));
                assertThat(s.credential()).isEqualTo(credential);
                assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            }
        }
    }

    @Test
    void proration_creditsTheSmallerOfTheUnusedTimeAndTrafficShares() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        Instant half = T0.plus(Duration.ofDays(15));
        assertThat(Proration.credit(s, Money.of(1_000, Currency.USD), half)).isEqualTo(Money.of(500, Currency.USD));
        s.recordUsage(DataSize.ofGibibytes(40), half);
        assertThat(Proration.credit(s, Money.of(1_000, Currency.USD), half)).isEqualTo(Money.of(200, Currency.USD));
        assertThat(Proration.credit(s, Money.of(1_000, Currency.USD), T0.plus(Duration.ofDays(30))))
                .isEqualTo(Money.zero(Currency.USD));
    }

    @Test
    void upgrade_keepsTheCredentialAndStartsTheNewTermNow() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        PlanTerms quarter = new PlanTerms(new PlanId("quarter"), Duration.ofDays(90), DataSize.ofGibibytes(200), 3,
                false, RenewalPolicy.STACK_BOTH);
        s.upgrade(quarter, T0.plus(Duration.ofDays(5)));
        assertThat(s.credential()).isEqualTo(new ClientCredential("tg1-x", "secret"));
        assertThat(s.plan()).contains(new PlanId("quarter"));
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(95)));
        assertThat(s.deviceLimit()).isEqualTo(3);
    }

    @Test
    void upgrade_afterStackedRenewals_carriesThePaidTimeBeyondOneTermOver() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        Instant day10 = T0.plus(Duration.ofDays(10));
        s.renew(terms(Mode.STACK, Mode.STACK), day10);
        assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(60)));
        PlanTerms quarter = new PlanTerms(new PlanId("quarter"), Duration.ofDays(90), DataSize.ofGibibytes(200), 3,
                false, RenewalPolicy.STACK_BOTH);

        s.upgrade(quarter, day10);

        // 50 days were left: one 30-day term is paid back by the upgrade credit, the other 20 days stay as time.
        assertThat(s.expiresAt()).contains(day10.plus(Duration.ofDays(90 + 20)));
    }

    @Test
    void afterRenewal_foretellsWhatRenewingDoesAndChangesNothing() {
        for (Mode days : Mode.values()) {
            for (Mode traffic : Mode.values()) {
                Subscription s = active(terms(days, traffic));
                Instant now = T0.plus(Duration.ofDays(12));
                s.recordUsage(DataSize.ofGibibytes(7), now);
                Subscription.Outlook foretold = s.afterRenewal(terms(days, traffic), now);
                assertThat(s.expiresAt()).contains(T0.plus(Duration.ofDays(30)));
                assertThat(s.trafficUsed()).isEqualTo(DataSize.ofGibibytes(7));
                s.renew(terms(days, traffic), now);
                assertThat(foretold).isEqualTo(new Subscription.Outlook(s.expiresAt(), s.term(), s.quota()));
            }
        }
    }

    @Test
    void afterUpgrade_foretellsWhatUpgradingDoesAndChangesNothing() {
        Subscription s = active(terms(Mode.STACK, Mode.STACK));
        PlanTerms bigger = new PlanTerms(new PlanId("quarter"), Duration.ofDays(90), DataSize.ofGibibytes(200), 3, false,
                RenewalPolicy.STACK_BOTH);
        Instant now = T0.plus(Duration.ofDays(5));
        Subscription.Outlook foretold = s.afterUpgrade(bigger, now);
        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(50));
        s.upgrade(bigger, now);
        assertThat(foretold).isEqualTo(new Subscription.Outlook(s.expiresAt(), s.term(), s.quota()));
        assertThat(foretold.expiresAt()).contains(now.plus(Duration.ofDays(90)));
    }
}
