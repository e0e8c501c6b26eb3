package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.TRIAL_CLAIMS;

import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jooq.DSLContext;

final class JooqTrialClaims implements TrialClaims {

    private final DSLContext dsl;

    @Inject
    JooqTrialClaims(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean hasClaimed(TelegramUserId user) {
        return Errors.translate("check trial claim", () -> dsl.fetchExists(TRIAL_CLAIMS,
                TRIAL_CLAIMS.TELEGRAM_USER_ID.eq(user.value())));
    }

    @Override
    public void record(TelegramUserId user, SubscriptionId subscription, Instant claimedAt) {
        Errors.translate("record trial claim of " + user, () -> dsl.insertInto(TRIAL_CLAIMS)
                .set(TRIAL_CLAIMS.TELEGRAM_USER_ID, user.value())
                .set(TRIAL_CLAIMS.SUBSCRIPTION_ID, subscription.value())
                .set(TRIAL_CLAIMS.CLAIMED_AT, Times.toDb(claimedAt))
                .execute());
    }
}
