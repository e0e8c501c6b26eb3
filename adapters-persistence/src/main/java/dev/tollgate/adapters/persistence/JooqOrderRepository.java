package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.ORDERS;

import dev.tollgate.adapters.persistence.generated.tables.records.OrdersRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Orders with their frozen plan terms in plan_* columns; failures longer than the column are cut, not refused. */
final class JooqOrderRepository implements OrderRepository {

    private static final int FAILURE_LENGTH = 4000;

    private final DSLContext dsl;

    @Inject
    JooqOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Order order) {
        Optional<PlanTerms> terms = order.terms();
        Errors.translate("insert order " + order.id(), () -> dsl.insertInto(ORDERS)
                .set(ORDERS.ID, order.id().value())
                .set(ORDERS.CUSTOMER_ID, order.customer().value())
                .set(ORDERS.KIND, order.kind().name())
                .set(ORDERS.PLAN_ID, terms.map(t -> t.plan().value()).orElse(null))
                .set(ORDERS.PLAN_DURATION_SECONDS, terms.map(t -> t.duration().getSeconds()).orElse(null))
                .set(ORDERS.PLAN_TRAFFIC_BYTES, terms.map(t -> t.traffic().bytes()).orElse(null))
                .set(ORDERS.PLAN_DEVICE_LIMIT, terms.map(PlanTerms::deviceLimit).orElse(null))
                .set(ORDERS.PLAN_START_ON_FIRST_USE, terms.map(PlanTerms::startOnFirstUse).orElse(null))
                .set(ORDERS.PLAN_RENEWAL_DAYS, terms.map(t -> t.renewal().days().name()).orElse(null))
                .set(ORDERS.PLAN_RENEWAL_TRAFFIC, terms.map(t -> t.renewal().traffic().name()).orElse(null))
                .set(ORDERS.SUBSCRIPTION_ID, order.subscription().map(SubscriptionId::value).orElse(null))
                .set(ORDERS.SERVER_ID, order.server().map(ServerId::value).orElse(null))
                .set(ORDERS.CURRENCY, order.listPrice().currency().name())
                .set(ORDERS.LIST_PRICE_MINOR, order.listPrice().minorUnits())
                .set(ORDERS.DISCOUNT_MINOR, order.discount().minorUnits())
                .set(ORDERS.CREDIT_MINOR, order.credit().minorUnits())
                .set(ORDERS.PROMO_CODE, order.promoCode().map(PromoCode::value).orElse(null))
                .set(ORDERS.CREATED_AT, Times.toDb(order.createdAt()))
                .set(ORDERS.PAY_BY, Times.toDb(order.payBy()))
                .set(ORDERS.STATUS, order.status().name())
                .set(ORDERS.PAID_AT, Times.toDb(order.paidAt().orElse(null)))
                .set(ORDERS.FAILURE, Errors.fit(order.failure().orElse(null), FAILURE_LENGTH))
                .set(ORDERS.VERSION, order.version())
                .execute());
    }

    @Override
    public void update(Order order) {
        int updated = Errors.translate("update order " + order.id(), () -> dsl.update(ORDERS)
                .set(ORDERS.STATUS, order.status().name())
                .set(ORDERS.PAID_AT, Times.toDb(order.paidAt().orElse(null)))
                .set(ORDERS.FAILURE, Errors.fit(order.failure().orElse(null), FAILURE_LENGTH))
                .set(ORDERS.VERSION, order.version() + 1)
                .where(ORDERS.ID.eq(order.id().value()))
                .and(ORDERS.VERSION.eq(order.version()))
                .execute());
        if (updated != 1) {
            throw new ConcurrentUpdateException("order " + order.id() + " was changed by someone else or is gone");
        }
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return Errors.translate("find order", () -> dsl.selectFrom(ORDERS).where(ORDERS.ID.eq(id.value()))
                .fetchOptional().map(JooqOrderRepository::toDomain));
    }

    @Override
    public List<Order> findByCustomer(TelegramUserId customer) {
        return Errors.translate("find orders of customer", () -> dsl.selectFrom(ORDERS)
                .where(ORDERS.CUSTOMER_ID.eq(customer.value()))
                .orderBy(ORDERS.CREATED_AT.desc(), ORDERS.ID)
                .fetch(JooqOrderRepository::toDomain));
    }

    @Override
    public List<Order> findOverdue(Instant now, int limit) {
        return Errors.translate("find overdue orders", () -> dsl.selectFrom(ORDERS)
                .where(ORDERS.STATUS.in(OrderStatus.CREATED.name(), OrderStatus.AWAITING_PAYMENT.name()))
                .and(ORDERS.PAY_BY.le(Times.toDb(now)))
                .orderBy(ORDERS.PAY_BY, ORDERS.ID)
                .limit(limit)
                .fetch(JooqOrderRepository::toDomain));
    }

    @Override
    public List<Order> findPaidBetween(Instant from, Instant to) {
        return Errors.translate("find paid orders", () -> dsl.selectFrom(ORDERS)
                .where(ORDERS.PAID_AT.ge(Times.toDb(from)))
                .and(ORDERS.PAID_AT.lt(Times.toDb(to)))
                .orderBy(ORDERS.PAID_AT, ORDERS.ID)
                .fetch(JooqOrderRepository::toDomain));
    }

    @Override
    public java.util.Map<OrderStatus, Long> countByStatus() {
        return Errors.translate("count orders by status", () -> {
            java.util.Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
            dsl.select(ORDERS.STATUS, org.jooq.impl.DSL.count()).from(ORDERS).groupBy(ORDERS.STATUS)
                    .forEach(row -> counts.put(OrderStatus.valueOf(row.value1()), row.value2().longValue()));
            return counts;
        });
    }

    private static Order toDomain(OrdersRecord row) {
        PlanTerms terms = null;
        if (row.getPlanId() != null) {
            terms = new PlanTerms(new PlanId(row.getPlanId()), Duration.ofSeconds(row.getPlanDurationSeconds()),
                    DataSize.ofBytes(row.getPlanTrafficBytes()), row.getPlanDeviceLimit(),
                    row.getPlanStartOnFirstUse(), new RenewalPolicy(RenewalPolicy.Mode.valueOf(row.getPlanRenewalDays()),
                    RenewalPolicy.Mode.valueOf(row.getPlanRenewalTraffic())));
        }
        Currency currency = Currency.valueOf(row.getCurrency());
        return Order.rehydrate(new OrderId(row.getId()), new TelegramUserId(row.getCustomerId()),
                OrderKind.valueOf(row.getKind()), terms,
                row.getSubscriptionId() == null ? null : new SubscriptionId(row.getSubscriptionId()),
                row.getServerId() == null ? null : new ServerId(row.getServerId()),
                Money.of(row.getListPriceMinor(), currency), Money.of(row.getDiscountMinor(), currency),
                Money.of(row.getCreditMinor(), currency),
                row.getPromoCode() == null ? null : new PromoCode(row.getPromoCode()),
                Times.fromDb(row.getCreatedAt()), Times.fromDb(row.getPayBy()), OrderStatus.valueOf(row.getStatus()),
                Times.fromDb(row.getPaidAt()), row.getFailure(), row.getVersion());
    }
}
