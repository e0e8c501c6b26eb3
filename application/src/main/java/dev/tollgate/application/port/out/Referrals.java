package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.Referral;
import java.util.Optional;

/** Who referred whom; keyed by the referred user, so a referrer is fixed once and for all. */
public interface Referrals {

    /** Records the referral; throws {@link DuplicateKeyException} when the referred user already has a referrer. */
    void record(Referral referral);

    Optional<TelegramUserId> referrerOf(TelegramUserId referred);

    /** How many users this one has referred. */
    int countReferredBy(TelegramUserId referrer);
}
