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

class MoveTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ServerId DE = new ServerId("de-1");
    private static final ServerId NL = new ServerId("nl-1");

    private static Subscription active(DataSize traffic) {
        PlanTerms terms = new PlanTerms(new PlanId("month"), Duration.ofDays(30), traffic, 2, false, RenewalPolicy.STACK_BOTH);
        Subscription s = Subscription.createForPlan(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(1),
                SubscriptionKind.PAID, DE, new ClientCredential("tg1-x", "secret"), terms, T0);
        s.activate(T0);
        return s;
    }

    @Test
    void move_keepsTheServerUntilTheSwitch_thenRemembersTheOldOne_andKeepsExpiryAndCredential() {
        Subscription s = active(DataSize.ofGibibytes(50));
        Instant paidUntil = s.expiresAt().orElseThrow();

        SubscriptionMove.start(s, NL);
        assertThat(s.server()).isEqualTo(DE);
        assertThat(s.move()).isEqualTo(new SubscriptionMove(NL, null));

        SubscriptionMove.switchOver(s);
        assertThat(s.server()).isEqualTo(NL);
        assertThat(s.move()).isEqualTo(new SubscriptionMove(null, DE));
        assertThat(s.expiresAt()).contains(paidUntil);
        assertThat(s.credential()).isEqualTo(new ClientCredential("tg1-x", "secret"));

        SubscriptionMove.restore(s, SubscriptionMove.NONE);
        assertThat(s.move().underWay()).isFalse();
    }

    @Test
    void switch_carriesTheTrafficUsedIntoTheQuota_soWhatIsLeftStaysLeft() {
        Subscription s = active(DataSize.ofGibibytes(50));
        s.recordUsage(DataSize.ofGibibytes(20), T0.plusSeconds(60));
        SubscriptionMove.start(s, NL);
        SubscriptionMove.switchOver(s);

        assertThat(s.quota()).isEqualTo(DataSize.ofGibibytes(30));
        assertThat(s.trafficUsed()).isEqualTo(DataSize.ZERO);
        assertThat(s.remainingTraffic()).contains(DataSize.ofGibibytes(30));
    }

    @Test
    void switch_ofAUsedUpOrUnlimitedSubscription_neverTurnsItIntoUnlimited() {
        Subscription usedUp = active(DataSize.ofGibibytes(1));
        usedUp.recordUsage(DataSize.ofGibibytes(1), T0.plusSeconds(60));
        SubscriptionMove.start(usedUp, NL);
        SubscriptionMove.switchOver(usedUp);
        assertThat(usedUp.quota()).isEqualTo(DataSize.ofGibibytes(1));
        assertThat(usedUp.quotaUsedUp()).isTrue();

        Subscription unlimited = active(DataSize.ZERO);
        unlimited.recordUsage(DataSize.ofGibibytes(7), T0.plusSeconds(60));
        SubscriptionMove.start(unlimited, NL);
        SubscriptionMove.switchOver(unlimited);
        assertThat(unlimited.quota()).isEqualTo(DataSize.ZERO);
    }

    @Test
    void startMove_toItsOwnServer_whileMoving_orWhenNotActive_isRefused() {
        Subscription s = active(DataSize.ofGibibytes(50));
        assertThatThrownBy(() -> SubscriptionMove.start(s, DE)).isInstanceOf(IllegalStateException.class);
        SubscriptionMove.start(s, NL);
        assertThatThrownBy(() -> SubscriptionMove.start(s, new ServerId("fr-1"))).isInstanceOf(IllegalStateException.class);

        Subscription revoked = active(DataSize.ofGibibytes(50));
        revoked.revoke();
        assertThatThrownBy(() -> SubscriptionMove.start(revoked, NL)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SubscriptionMove(NL, DE)).isInstanceOf(IllegalArgumentException.class);
    }
}
