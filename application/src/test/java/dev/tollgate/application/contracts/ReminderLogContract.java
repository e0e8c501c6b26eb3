package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.ReminderLog} promises: each reminder key once. */
public abstract class ReminderLogContract extends CommerceStoreContract {

    private Subscription newStoredSubscription() {
        return newSubscription(newOrder(newCustomer(), T0));
    }

    @Test
    public void record_sameKeyTwice_isADuplicateKey() {
        Subscription subscription = newStoredSubscription();
        ReminderKey key = new ReminderKey(subscription.id(), ReminderKind.EXPIRES_IN_24_HOURS, T0);
        assertThat(stores().reminders().contains(key)).isFalse();
        stores().transactions().run(() -> stores().reminders().record(key, T0));
        assertThat(stores().reminders().contains(key)).isTrue();
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().reminders().record(key, T0)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void record_otherKindOrOtherPeriod_isAnotherReminder() {
        Subscription subscription = newStoredSubscription();
        Instant nextPeriod = T0.plusSeconds(86_400 * 30L);
        stores().transactions().run(() -> {
            stores().reminders().record(new ReminderKey(subscription.id(), ReminderKind.TRAFFIC_80_PERCENT, T0), T0);
            stores().reminders().record(new ReminderKey(subscription.id(), ReminderKind.TRAFFIC_95_PERCENT, T0), T0);
            stores().reminders().record(new ReminderKey(subscription.id(), ReminderKind.TRAFFIC_80_PERCENT, nextPeriod), T0);
        });
        assertThat(stores().reminders().contains(
                new ReminderKey(subscription.id(), ReminderKind.TRAFFIC_80_PERCENT, nextPeriod))).isTrue();
    }

    @Test
    public void remove_releasesTheKeyForTheNextRun() {
        Subscription subscription = newStoredSubscription();
        ReminderKey key = new ReminderKey(subscription.id(), ReminderKind.EXPIRES_IN_3_HOURS, Instant.EPOCH);
        stores().transactions().run(() -> stores().reminders().record(key, T0));
        stores().transactions().run(() -> stores().reminders().remove(key));
        assertThat(stores().reminders().contains(key)).isFalse();
        stores().transactions().run(() -> stores().reminders().record(key, T0));
        assertThat(stores().reminders().contains(key)).isTrue();
    }
}
