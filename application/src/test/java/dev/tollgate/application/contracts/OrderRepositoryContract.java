package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.OrderRepository} promises. */
public abstract class OrderRepositoryContract extends CommerceStoreContract {

    @Test
    public void order_roundTrip_keepsEveryFieldOfAnUpgrade() {
        TelegramUserId customer = newCustomer();
        Plan plan = newPlan();
        Order upgrade = Order.place(OrderId.random(), customer, OrderKind.UPGRADE, plan.terms(),
                new SubscriptionId(UUID.randomUUID()), new ServerId("de-1"), Money.of(1_999, Currency.USD),
                Money.of(200, Currency.USD), Money.of(730, Currency.USD), new PromoCode("spring26"), T0,
                Duration.ofMinutes(45));
        stores().transactions().run(() -> stores().orders().insert(upgrade));
        Order stored = stores().orders().findById(upgrade.id()).orElseThrow();
        assertSameFields(stored, upgrade);
        assertThat(stored.total()).isEqualTo(Money.of(1_069, Currency.USD));
        assertThat(stored.version()).isZero();
    }

    @Test
    public void order_roundTrip_keepsATopUpWithoutPlan() {
        TelegramUserId customer = newCustomer();
        Order topUp = Order.topUp(OrderId.random(), customer, Money.of(500, Currency.XTR), T0, Duration.ofHours(1));
        stores().transactions().run(() -> stores().orders().insert(topUp));
        Order stored = stores().orders().findById(topUp.id()).orElseThrow();
        assertSameFields(stored, topUp);
        assertThat(stored.terms()).isEmpty();
        assertThat(stored.subscription()).isEmpty();
    }

    @Test
    public void order_paidAndFulfilled_keepsStatusPaidAtAndFailure() {
        Order order = newOrder(newCustomer(), T0);
        Order stored = stores().orders().findById(order.id()).orElseThrow();
        stored.awaitPayment();
        stored.markPaid(Money.of(250, Currency.XTR), T0.plusSeconds(61));
        stores().transactions().run(() -> stores().orders().update(stored));
        Order paid = stores().orders().findById(order.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paidAt()).contains(T0.plusSeconds(61));
        assertThat(paid.version()).isEqualTo(1);
        paid.fail("panel de-1 refused: quota exceeded");
        stores().transactions().run(() -> stores().orders().update(paid));
        assertThat(stores().orders().findById(order.id()).orElseThrow().failure())
                .contains("panel de-1 refused: quota exceeded");
    }

    @Test
    public void order_insertTwice_isADuplicateKey() {
        Order order = newOrder(newCustomer(), T0);
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().orders().insert(order)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void order_updateWithStaleVersion_isAConcurrentUpdate() {
        Order order = newOrder(newCustomer(), T0);
        Order first = stores().orders().findById(order.id()).orElseThrow();
        Order second = stores().orders().findById(order.id()).orElseThrow();
        first.markPaid(Money.of(250, Currency.XTR), T0);
        stores().transactions().run(() -> stores().orders().update(first));
        second.cancel();
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().orders().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stores().orders().findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    public void findByCustomer_returnsNewestFirst() {
        TelegramUserId customer = newCustomer();
        Order older = newOrder(customer, T0);
        Order newer = newOrder(customer, T0.plusSeconds(5));
        assertThat(stores().orders().findByCustomer(customer)).extracting(Order::id).containsExactly(newer.id(), older.id());
    }

    @Test
    public void findOverdue_returnsOnlyUnpaidOrdersPastTheirPayByTime() {
        TelegramUserId customer = newCustomer();
        Instant longAgo = Instant.parse("2002-02-02T00:00:00Z");
        Order overdue = newOrder(customer, longAgo);
        Order paid = newOrder(customer, longAgo);
        Order stored = stores().orders().findById(paid.id()).orElseThrow();
        stored.markPaid(Money.of(250, Currency.XTR), longAgo.plusSeconds(1));
        stores().transactions().run(() -> stores().orders().update(stored));
        Order fresh = newOrder(customer, longAgo.plus(Duration.ofDays(1)));

        var found = stores().orders().findOverdue(longAgo.plus(Duration.ofHours(1)), 10_000);
        assertThat(found).extracting(Order::id).contains(overdue.id()).doesNotContain(paid.id(), fresh.id());
    }

    @Test
    public void findPaidBetween_usesThePaymentTimeHalfOpen() {
        TelegramUserId customer = newCustomer();
        Instant day = Instant.parse("2003-03-03T00:00:00Z");
        Order inside = pay(newOrder(customer, day), day);
        Order atEnd = pay(newOrder(customer, day), day.plus(Duration.ofDays(1)));
        Order unpaid = newOrder(customer, day);
        var found = stores().orders().findPaidBetween(day, day.plus(Duration.ofDays(1)));
        assertThat(found).extracting(Order::id).contains(inside.id()).doesNotContain(atEnd.id(), unpaid.id());
    }

    private Order pay(Order order, Instant at) {
        Order stored = stores().orders().findById(order.id()).orElseThrow();
        stored.markPaid(stored.total(), at);
        stores().transactions().run(() -> stores().orders().update(stored));
        return stored;
    }

    @Test
    public void countByStatus_countsEveryOrderInItsCurrentStatus() {
        java.util.Map<dev.tollgate.domain.order.OrderStatus, Long> before = stores().orders().countByStatus();
        newOrder(newCustomer(), T0);
        Order cancelled = newOrder(newCustomer(), T0);
        cancelled.cancel();
        stores().transactions().run(() -> stores().orders().update(cancelled));

        java.util.Map<dev.tollgate.domain.order.OrderStatus, Long> after = stores().orders().countByStatus();
        assertThat(after.getOrDefault(dev.tollgate.domain.order.OrderStatus.CREATED, 0L)
                - before.getOrDefault(dev.tollgate.domain.order.OrderStatus.CREATED, 0L)).isEqualTo(1);
        assertThat(after.getOrDefault(dev.tollgate.domain.order.OrderStatus.CANCELLED, 0L)
                - before.getOrDefault(dev.tollgate.domain.order.OrderStatus.CANCELLED, 0L)).isEqualTo(1);
        assertThat(after.values()).allSatisfy(count -> assertThat(count).isPositive());
    }

    private static void assertSameFields(Order actual, Order expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.customer()).isEqualTo(expected.customer());
        assertThat(actual.kind()).isEqualTo(expected.kind());
        assertThat(actual.terms()).isEqualTo(expected.terms());
        assertThat(actual.subscription()).isEqualTo(expected.subscription());
        assertThat(actual.server()).isEqualTo(expected.server());
        assertThat(actual.listPrice()).isEqualTo(expected.listPrice());
        assertThat(actual.discount()).isEqualTo(expected.discount());
        assertThat(actual.credit()).isEqualTo(expected.credit());
        assertThat(actual.promoCode()).isEqualTo(expected.promoCode());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.payBy()).isEqualTo(expected.payBy());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.paidAt()).isEqualTo(expected.paidAt());
        assertThat(actual.failure()).isEqualTo(expected.failure());
    }
}
