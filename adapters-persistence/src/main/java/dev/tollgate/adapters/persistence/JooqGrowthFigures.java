package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CUSTOMERS;
import static dev.tollgate.adapters.persistence.generated.Tables.ORDERS;
import static dev.tollgate.adapters.persistence.generated.Tables.PAYMENTS;
import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTIONS;

import dev.tollgate.application.port.out.GrowthFigures;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.subscription.SubscriptionKind;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The statistics' growth figures in three queries; days are bucketed by the caller, in the shop's time zone. */
final class JooqGrowthFigures implements GrowthFigures {

    private final DSLContext dsl;

    @Inject
    JooqGrowthFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Instant> firstContacts(Instant from, Instant to) {
        return Errors.translate("read new customers", () -> dsl.select(CUSTOMERS.FIRST_SEEN_AT).from(CUSTOMERS)
                .where(CUSTOMERS.FIRST_SEEN_AT.ge(Times.toDb(from))).and(CUSTOMERS.FIRST_SEEN_AT.lt(Times.toDb(to)))
                .orderBy(CUSTOMERS.FIRST_SEEN_AT)
                .fetch(row -> Times.fromDb(row.value1())));
    }

    @Override
    public List<TrialStart> trialsStarted(Instant from, Instant to) {
        Field<Boolean> paidSince = DSL.field(DSL.exists(DSL.selectOne().from(ORDERS)
                .where(ORDERS.CUSTOMER_ID.eq(SUBSCRIPTIONS.OWNER_ID))
                .and(ORDERS.KIND.ne(OrderKind.WALLET_TOP_UP.name()))
                .and(ORDERS.PAID_AT.ge(SUBSCRIPTIONS.CREATED_AT))));
        return Errors.translate("read trials", () -> dsl.select(SUBSCRIPTIONS.OWNER_ID, SUBSCRIPTIONS.CREATED_AT, paidSince)
                .from(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.KIND.eq(SubscriptionKind.TRIAL.name()))
                .and(SUBSCRIPTIONS.CREATED_AT.ge(Times.toDb(from))).and(SUBSCRIPTIONS.CREATED_AT.lt(Times.toDb(to)))
                .orderBy(SUBSCRIPTIONS.CREATED_AT)
                .fetch(row -> new TrialStart(new TelegramUserId(row.value1()), Times.fromDb(row.value2()),
                        Boolean.TRUE.equals(row.value3()))));
    }

    @Override
    public Map<OrderId, PaymentProvider> providersOfOrdersPaid(Instant from, Instant to) {
        Map<OrderId, PaymentProvider> providers = new HashMap<>();
        Errors.translate("read the providers of paid orders", () -> dsl.select(PAYMENTS.ORDER_ID, PAYMENTS.PROVIDER)
                .from(PAYMENTS).join(ORDERS).on(ORDERS.ID.eq(PAYMENTS.ORDER_ID))
                .where(ORDERS.PAID_AT.ge(Times.toDb(from))).and(ORDERS.PAID_AT.lt(Times.toDb(to)))
                .and(PAYMENTS.STATUS.eq(PaymentStatus.CONFIRMED.name()))
                .orderBy(PAYMENTS.RECEIVED_AT)
                .fetch()
                .forEach(row -> providers.putIfAbsent(new OrderId(row.value1()), PaymentProvider.valueOf(row.value2()))));
        return providers;
    }
}
