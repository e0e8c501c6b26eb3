package dev.tollgate.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final ReminderPolicy policy = new ReminderPolicy();

    private static Subscription active() {
        Subscription s = Subscription.createForPlan(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(1),
                SubscriptionKind.PAID, new ServerId("de-1"), new ClientCredential("tg1-x", "s"),
                new PlanTerms(new PlanId("m"), Duration.ofDays(30), DataSize.ofGibibytes(100), 0, false,
                        RenewalPolicy.STACK_BOTH), T0);
        s.activate(T0);
        return s;
    }

    @Test
    void due_picksOnlyTheMostUrgentExpiryReminder() {
        Subscription s = active();
        Instant expiry = T0.plus(Duration.ofDays(30));
        assertThat(policy.due(s, expiry.minus(Duration.ofDays(4)))).isEmpty();
        assertThat(policy.due(s, expiry.minus(Duration.ofDays(3)))).extracting(ReminderKey::kind)
                .containsExactly(ReminderKind.EXPIRES_IN_3_DAYS);
        assertThat(policy.due(s, expiry.minus(Duration.ofHours(2)))).extracting(ReminderKey::kind)
                .containsExactly(ReminderKind.EXPIRES_IN_3_HOURS);
        assertThat(policy.due(s, expiry)).isEmpty();
        assertThat(policy.due(s, T0.plus(Duration.ofDays(27)))).allSatisfy(k -> assertThat(k.period()).isEqualTo(expiry));
    }

    @Test
    void due_atEightyAndNinetyFivePercentOfTraffic() {
        Subscription s = active();
        s.recordUsage(DataSize.ofGibibytes(79), T0);
        assertThat(policy.due(s, T0)).isEmpty();
        s.recordUsage(DataSize.ofGibibytes(80), T0);
        assertThat(policy.due(s, T0)).extracting(ReminderKey::kind).containsExactly(ReminderKind.TRAFFIC_80_PERCENT);
        s.recordUsage(DataSize.ofGibibytes(96), T0);
        assertThat(policy.due(s, T0)).extracting(ReminderKey::kind).containsExactly(ReminderKind.TRAFFIC_95_PERCENT);
    }
}
