package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.AutoRenewClaims} promises: one renewal per period. */
public abstract class AutoRenewClaimsContract extends CommerceStoreContract {

    @Test
    public void claim_samePeriodTwice_isADuplicateKey_anotherPeriodIsNot() {
        Order first = newOrder(newCustomer(), T0);
        Subscription subscription = newSubscription(first);
        Order second = newOrder(first.customer(), T0);
        Order third = newOrder(first.customer(), T0);
        Instant period = T0.plusSeconds(3_600);
        stores().transactions().run(() -> stores().autoRenewClaims().claim(subscription.id(), period, first.id(), T0));
        assertThat(stores().autoRenewClaims().find(subscription.id(), period)).contains(first.id());
        assertThatThrownBy(() -> stores().transactions().run(() ->
                stores().autoRenewClaims().claim(subscription.id(), period, second.id(), T0)))
                .isInstanceOf(DuplicateKeyException.class);
        Instant nextPeriod = period.plusSeconds(86_400);
        stores().transactions().run(() -> stores().autoRenewClaims().claim(subscription.id(), nextPeriod, third.id(), T0));
        assertThat(stores().autoRenewClaims().find(subscription.id(), nextPeriod)).contains(third.id());
        assertThat(stores().autoRenewClaims().find(subscription.id(), T0)).isEmpty();
    }
}
