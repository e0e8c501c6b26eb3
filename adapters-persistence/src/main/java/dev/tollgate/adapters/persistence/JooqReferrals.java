package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.REFERRALS;

import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.Referral;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jooq.DSLContext;

/** Referrals keyed by the referred user, so a second referrer is a primary-key violation. */
final class JooqReferrals implements Referrals {

    private final DSLContext dsl;

    @Inject
    JooqReferrals(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(Referral referral) {
        Errors.translate("record referral of " + referral.referred(), () -> dsl.insertInto(REFERRALS)
                .set(REFERRALS.REFERRED_ID, referral.referred().value())
                .set(REFERRALS.REFERRER_ID, referral.referrer().value())
                .set(REFERRALS.REFERRED_AT, Times.toDb(referral.at()))
                .execute());
    }

    @Override
    public Optional<TelegramUserId> referrerOf(TelegramUserId referred) {
        return Errors.translate("find referrer", () -> dsl.select(REFERRALS.REFERRER_ID).from(REFERRALS)
                .where(REFERRALS.REFERRED_ID.eq(referred.value()))
                .fetchOptional(REFERRALS.REFERRER_ID)
                .map(TelegramUserId::new));
    }

    @Override
    public int countReferredBy(TelegramUserId referrer) {
        return Errors.translate("count referrals", () -> dsl.fetchCount(REFERRALS,
                REFERRALS.REFERRER_ID.eq(referrer.value())));
    }
}
