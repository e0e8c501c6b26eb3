package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.AUTO_RENEW_CLAIMS;

import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.subscription.SubscriptionId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Auto-renewal claims; the primary key (subscription, period end) allows one renewal per period. */
final class JooqAutoRenewClaims implements AutoRenewClaims {

    private final DSLContext dsl;

    @Inject
    JooqAutoRenewClaims(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void claim(SubscriptionId subscription, Instant period, OrderId order, Instant at) {
        Errors.translate("claim auto-renewal of " + subscription, () -> dsl.insertInto(AUTO_RENEW_CLAIMS)
                .set(AUTO_RENEW_CLAIMS.SUBSCRIPTION_ID, subscription.value())
                .set(AUTO_RENEW_CLAIMS.PERIOD_END, Times.toDb(period))
                .set(AUTO_RENEW_CLAIMS.ORDER_ID, order.value())
                .set(AUTO_RENEW_CLAIMS.CLAIMED_AT, Times.toDb(at))
                .execute());
    }

    @Override
    public Optional<OrderId> find(SubscriptionId subscription, Instant period) {
        return Errors.translate("find auto-renewal claim", () -> dsl.select(AUTO_RENEW_CLAIMS.ORDER_ID)
                .from(AUTO_RENEW_CLAIMS)
                .where(AUTO_RENEW_CLAIMS.SUBSCRIPTION_ID.eq(subscription.value()))
                .and(AUTO_RENEW_CLAIMS.PERIOD_END.eq(Times.toDb(period)))
                .fetchOptional(AUTO_RENEW_CLAIMS.ORDER_ID)
                .map(OrderId::new));
    }
}
