package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PAYMENTS;

import dev.tollgate.adapters.persistence.generated.tables.records.PaymentsRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Payments; the unique key on (provider, external_id) turns a replayed callback into a DuplicateKeyException. */
final class JooqPaymentRepository implements PaymentRepository {

    private final DSLContext dsl;

    @Inject
    JooqPaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(Payment payment) {
        Errors.translate("record payment " + payment.provider() + "/" + payment.externalId(), () -> dsl.insertInto(PAYMENTS)
                .set(PAYMENTS.ID, payment.id().value())
                .set(PAYMENTS.ORDER_ID, payment.order().value())
                .set(PAYMENTS.PAYER_ID, payment.payer().value())
                .set(PAYMENTS.PROVIDER, payment.provider().name())
                .set(PAYMENTS.EXTERNAL_ID, payment.externalId())
                .set(PAYMENTS.CURRENCY, payment.amount().currency().name())
                .set(PAYMENTS.AMOUNT_MINOR, payment.amount().minorUnits())
                .set(PAYMENTS.RECEIVED_AT, Times.toDb(payment.receivedAt()))
                .set(PAYMENTS.RECEIPT, payment.receipt().orElse(null))
                .set(PAYMENTS.STATUS, payment.status().name())
                .set(PAYMENTS.DECIDED_AT, Times.toDb(payment.decidedAt().orElse(null)))
                .set(PAYMENTS.DECIDED_BY, payment.decidedBy().map(TelegramUserId::value).orElse(null))
                .set(PAYMENTS.VERSION, payment.version())
                .execute());
    }

    @Override
    public void update(Payment payment) {
        int updated = Errors.translate("update payment " + payment.id(), () -> dsl.update(PAYMENTS)
                .set(PAYMENTS.STATUS, payment.status().name())
                .set(PAYMENTS.DECIDED_AT, Times.toDb(payment.decidedAt().orElse(null)))
                .set(PAYMENTS.DECIDED_BY, payment.decidedBy().map(TelegramUserId::value).orElse(null))
                .set(PAYMENTS.VERSION, payment.version() + 1)
                .where(PAYMENTS.ID.eq(payment.id().value()))
                .and(PAYMENTS.VERSION.eq(payment.version()))
                .execute());
        if (updated != 1) {
            throw new ConcurrentUpdateException("payment " + payment.id() + " was changed by someone else or is gone");
        }
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return Errors.translate("find payment", () -> dsl.selectFrom(PAYMENTS).where(PAYMENTS.ID.eq(id.value()))
                .fetchOptional().map(JooqPaymentRepository::toDomain));
    }

    @Override
    public Optional<Payment> findByExternalId(PaymentProvider provider, String externalId) {
        return Errors.translate("find payment by external id", () -> dsl.selectFrom(PAYMENTS)
                .where(PAYMENTS.PROVIDER.eq(provider.name()))
                .and(PAYMENTS.EXTERNAL_ID.eq(externalId))
                .fetchOptional().map(JooqPaymentRepository::toDomain));
    }

    @Override
    public List<Payment> findAwaitingReview(int limit) {
        return Errors.translate("find payments awaiting review", () -> dsl.selectFrom(PAYMENTS)
                .where(PAYMENTS.STATUS.eq(PaymentStatus.AWAITING_REVIEW.name()))
                .orderBy(PAYMENTS.RECEIVED_AT, PAYMENTS.ID)
                .limit(limit)
                .fetch(JooqPaymentRepository::toDomain));
    }

    @Override
    public List<Payment> findByOrder(OrderId order) {
        return Errors.translate("find payments of order", () -> dsl.selectFrom(PAYMENTS)
                .where(PAYMENTS.ORDER_ID.eq(order.value()))
                .orderBy(PAYMENTS.RECEIVED_AT, PAYMENTS.ID)
                .fetch(JooqPaymentRepository::toDomain));
    }

    @Override
    public List<Total> totals() {
        return Errors.translate("total payments", () -> dsl.select(PAYMENTS.PROVIDER, PAYMENTS.CURRENCY, PAYMENTS.STATUS,
                        org.jooq.impl.DSL.count(), org.jooq.impl.DSL.sum(PAYMENTS.AMOUNT_MINOR))
                .from(PAYMENTS)
                .groupBy(PAYMENTS.PROVIDER, PAYMENTS.CURRENCY, PAYMENTS.STATUS)
                .fetch(row -> new Total(PaymentProvider.valueOf(row.value1()), PaymentStatus.valueOf(row.value3()),
                        row.value4(), Money.of(row.value5().longValueExact(), Currency.valueOf(row.value2())))));
    }

    private static Payment toDomain(PaymentsRecord row) {
        Currency currency = Currency.valueOf(row.getCurrency());
        return Payment.rehydrate(new PaymentId(row.getId()), new OrderId(row.getOrderId()),
                new TelegramUserId(row.getPayerId()), PaymentProvider.valueOf(row.getProvider()), row.getExternalId(),
                Money.of(row.getAmountMinor(), currency), Times.fromDb(row.getReceivedAt()), row.getReceipt(),
                PaymentStatus.valueOf(row.getStatus()), Times.fromDb(row.getDecidedAt()),
                row.getDecidedBy() == null ? null : new TelegramUserId(row.getDecidedBy()), row.getVersion());
    }
}
