package dev.tollgate.application.contracts;

import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shared fixtures of the commerce contracts. Every test creates its own customers, plans and orders with fresh
 * random ids, so the stores may be shared between tests and hold rows of earlier runs; referenced rows (customer,
 * plan, order, subscription) are always inserted first, so foreign keys may be declared.
 */
public abstract class CommerceStoreContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    /** The stores under test, all over the same database. */
    protected abstract CommerceStores stores();

    protected TelegramUserId newCustomer() {
        TelegramUserId id = new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        stores().transactions().run(() -> stores().customers().insert(Customer.firstContact(id, Language.RU, T0)));
        return id;
    }

    protected static PlanId randomPlanId() {
        return new PlanId("p-" + UUID.randomUUID().toString().substring(0, 18));
    }

    protected static PlanTerms terms(PlanId id) {
        return new PlanTerms(id, Duration.ofDays(30), DataSize.ofGibibytes(50), 2, true,
                new RenewalPolicy(RenewalPolicy.Mode.STACK, RenewalPolicy.Mode.RESET));
    }

    protected Plan newPlan() {
        PlanId id = randomPlanId();
        Plan plan = Plan.create(id, "Month 50 GB", terms(id),
                Map.of(Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, Money.of(499, Currency.USD)),
                Set.of(new ServerId("de-1")), Set.of("europe"), T0);
        stores().transactions().run(() -> stores().plans().insert(plan));
        return plan;
    }

    /** An unpaid purchase order of {@code customer} for a new plan, paying 250 XTR, created at {@code at}. */
    protected Order newOrder(TelegramUserId customer, Instant at) {
        Plan plan = newPlan();
        Order order = Order.place(OrderId.random(), customer, OrderKind.NEW_PURCHASE, plan.terms(),
                new SubscriptionId(UUID.randomUUID()), new ServerId("de-1"), Money.of(250, Currency.XTR),
                Money.zero(Currency.XTR), Money.zero(Currency.XTR), null, at, Duration.ofMinutes(30));
        stores().transactions().run(() -> stores().orders().insert(order));
        return order;
    }

    /** The pending subscription an order creates, stored. */
    protected Subscription newSubscription(Order order) {
        SubscriptionId id = order.subscription().orElseThrow();
        Subscription subscription = Subscription.createForPlan(id, order.customer(), SubscriptionKind.PAID,
                order.server().orElseThrow(), new ClientCredential("tg" + order.customer().value() + "-"
                        + id.value().toString().substring(0, 8), UUID.randomUUID().toString()),
                order.terms().orElseThrow(), order.createdAt());
        stores().transactions().run(() -> stores().subscriptions().insert(subscription));
        return subscription;
    }
}
