package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.Referral;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.Referrals} promises: one referrer per user, fixed. */
public abstract class ReferralsContract extends CommerceStoreContract {

    @Test
    public void record_thenReferrerOfAndCount_findIt() {
        TelegramUserId referrer = newCustomer();
        TelegramUserId first = newCustomer();
        TelegramUserId second = newCustomer();
        stores().transactions().run(() -> {
            stores().referrals().record(new Referral(first, referrer, T0));
            stores().referrals().record(new Referral(second, referrer, T0));
        });
        assertThat(stores().referrals().referrerOf(first)).contains(referrer);
        assertThat(stores().referrals().referrerOf(referrer)).isEmpty();
        assertThat(stores().referrals().countReferredBy(referrer)).isEqualTo(2);
        assertThat(stores().referrals().countReferredBy(first)).isZero();
    }

    @Test
    public void record_secondReferrerForTheSameUser_isADuplicateKeyAndTheFirstStays() {
        TelegramUserId referred = newCustomer();
        TelegramUserId original = newCustomer();
        stores().transactions().run(() -> stores().referrals().record(new Referral(referred, original, T0)));
        assertThatThrownBy(() -> stores().transactions().run(() ->
                stores().referrals().record(new Referral(referred, newCustomer(), T0))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(stores().referrals().referrerOf(referred)).contains(original);
    }
}
