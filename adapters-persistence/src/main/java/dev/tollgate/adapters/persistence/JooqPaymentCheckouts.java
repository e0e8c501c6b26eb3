package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PAYMENT_CHECKOUTS;

import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** Open provider payments on H2 or PostgreSQL; the primary key (provider, external id) refuses a second row. */
final class JooqPaymentCheckouts implements PaymentCheckouts {

    private final DSLContext dsl;

    @Inject
    JooqPaymentCheckouts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void open(Checkout checkout) {
        Errors.translate("record the " + checkout.provider() + " payment " + checkout.externalId(), () ->
                dsl.insertInto(PAYMENT_CHECKOUTS)
                        .set(PAYMENT_CHECKOUTS.PROVIDER, checkout.provider().name())
                        .set(PAYMENT_CHECKOUTS.EXTERNAL_ID, checkout.externalId())
                        .set(PAYMENT_CHECKOUTS.ORDER_ID, checkout.order().value())
                        .set(PAYMENT_CHECKOUTS.OPENED_AT, Times.toDb(checkout.openedAt()))
                        .execute());
    }

    @Override
    public List<Checkout> findOpen(PaymentProvider provider, int limit) {
        return Errors.translate("find open " + provider + " payments", () -> dsl.selectFrom(PAYMENT_CHECKOUTS)
                .where(PAYMENT_CHECKOUTS.PROVIDER.eq(provider.name()))
                .and(PAYMENT_CHECKOUTS.CLOSED_AT.isNull())
                .orderBy(PAYMENT_CHECKOUTS.OPENED_AT, PAYMENT_CHECKOUTS.EXTERNAL_ID)
                .limit(limit)
                .fetch(row -> new Checkout(PaymentProvider.valueOf(row.getProvider()), row.getExternalId(),
                        new OrderId(row.getOrderId()), Times.fromDb(row.getOpenedAt()))));
    }

    @Override
    public boolean reopen(PaymentProvider provider, String externalId) {
        return Errors.translate("reopen the " + provider + " payment " + externalId, () -> dsl.update(PAYMENT_CHECKOUTS)
                .setNull(PAYMENT_CHECKOUTS.CLOSED_AT)
                .where(PAYMENT_CHECKOUTS.PROVIDER.eq(provider.name()))
                .and(PAYMENT_CHECKOUTS.EXTERNAL_ID.eq(externalId))
                .and(PAYMENT_CHECKOUTS.CLOSED_AT.isNotNull())
                .execute()) == 1;
    }

    @Override
    public boolean isOpen(PaymentProvider provider, String externalId) {
        return Errors.translate("read the " + provider + " payment " + externalId, () -> dsl.fetchExists(
                dsl.selectOne().from(PAYMENT_CHECKOUTS)
                        .where(PAYMENT_CHECKOUTS.PROVIDER.eq(provider.name()))
                        .and(PAYMENT_CHECKOUTS.EXTERNAL_ID.eq(externalId))
                        .and(PAYMENT_CHECKOUTS.CLOSED_AT.isNull())));
    }

    @Override
    public boolean close(PaymentProvider provider, String externalId, Instant now) {
        return Errors.translate("close the " + provider + " payment " + externalId, () -> dsl.update(PAYMENT_CHECKOUTS)
                .set(PAYMENT_CHECKOUTS.CLOSED_AT, Times.toDb(now))
                .where(PAYMENT_CHECKOUTS.PROVIDER.eq(provider.name()))
                .and(PAYMENT_CHECKOUTS.EXTERNAL_ID.eq(externalId))
                .and(PAYMENT_CHECKOUTS.CLOSED_AT.isNull())
                .execute()) == 1;
    }
}
