package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Proration;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices an order from the plan (renewals at the subscription's plan, upgrades less the proration credit), applies a
 * promo code (counted and recorded once per user in the same transaction as the order) and stores it.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

    private static final int MAX_ATTEMPTS = 3;

    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final OrderRepository orders;
    private final DiscountCodes discountCodes;
    private final ServerCatalog servers;
    private final ServerGroups groups;
    private final TransactionRunner transactions;
    private final Duration payWithin;
    private final Clock clock;

    public PlaceOrderService(PlanRepository plans, SubscriptionRepository subscriptions, OrderRepository orders,
                             DiscountCodes discountCodes, ServerCatalog servers, ServerGroups groups,
                             TransactionRunner transactions, Duration payWithin, Clock clock) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.discountCodes = discountCodes;
        this.servers = servers;
        this.groups = groups;
        this.transactions = transactions;
        this.payWithin = payWithin;
        this.clock = clock;
    }

    /** A refusal found while pricing; unwinds the transaction before anything is written. */
    private static final class Refusal extends RuntimeException {
        private final Reason reason;

        Refusal(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    @Override
    public Result place(Command command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> placeIn(command, clock.instant()));
            } catch (Refusal refusal) {
                return new Refused(refusal.reason);
            } catch (DuplicateKeyException usedBefore) {
                return new Refused(Reason.PROMO_CODE_ALREADY_USED);
            } catch (ConcurrentUpdateException codeRaced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw codeRaced;
                }
            }
        }
    }

    private Result placeIn(Command command, Instant now) {
        OrderId id = OrderId.random();
        Order order = switch (command.kind()) {
            case WALLET_TOP_UP -> topUp(id, command, now);
            case NEW_PURCHASE -> purchase(id, command, now);
            case RENEWAL, UPGRADE -> change(id, command, now);
        };
        orders.insert(order);
        if (order.promoCode().isPresent()) {
            DiscountCode code = discountCodes.find(order.promoCode().get()).orElseThrow();
            code.redeem(order.listPrice(), now);
            discountCodes.update(code);
            discountCodes.recordRedemption(code.code(), command.user(), id, now);
        }
        return new Placed(id, order.listPrice(), order.discount(), order.credit(), order.total(), order.payBy());
    }

    private Order topUp(OrderId id, Command command, Instant now) {
        if (command.amount() == null || !command.amount().isPositive()
                || command.amount().currency() != command.currency()) {
            throw new Refusal(Reason.INVALID_AMOUNT);
        }
        return Order.topUp(id, command.user(), command.amount(), now, payWithin);
    }

    private Order purchase(OrderId id, Command command, Instant now) {
        Plan plan = plans.findById(command.plan()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_PLAN));
        if (!plan.active()) {
            throw new Refusal(Reason.PLAN_NOT_ON_SALE);
        }
        Money price = priceOf(plan, command);
        ServerId server = serverFor(plan, command.server());
        Money discount = discount(command, price, now);
        return Order.place(id, command.user(), OrderKind.NEW_PURCHASE, plan.terms(),
                new SubscriptionId(UUID.randomUUID()), server, price, discount, Money.zero(price.currency()),
                command.promoCode(), now, payWithin);
    }

    private Order change(OrderId id, Command command, Instant now) {
        Subscription subscription = subscriptions.findById(command.subscription())
                .filter(s -> s.owner().equals(command.user()))
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_SUBSCRIPTION));
        if (subscription.kind() == SubscriptionKind.TRIAL || subscription.status() == SubscriptionStatus.REVOKED
                || subscription.plan().isEmpty()) {
            throw new Refusal(Reason.NOT_RENEWABLE);
        }
        Plan current = plans.findById(subscription.plan().get()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_PLAN));
        if (command.kind() == OrderKind.RENEWAL) {
            Money price = priceOf(current, command);
            Money discount = discount(command, price, now);
            return Order.place(id, command.user(), OrderKind.RENEWAL, current.terms(), subscription.id(),
                    subscription.server(), price, discount, Money.zero(price.currency()), command.promoCode(), now,
                    payWithin);
        }
        Plan bigger = plans.findById(command.plan()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_PLAN));
        if (!bigger.active()) {
            throw new Refusal(Reason.PLAN_NOT_ON_SALE);
        }
        if (!bigger.isBiggerThan(current)) {
            throw new Refusal(Reason.NOT_AN_UPGRADE);
        }
        if (!bigger.grants(subscription.server(), groups.groupsOf(subscription.server()))) {
            throw new Refusal(Reason.SERVER_NOT_IN_PLAN);
        }
        Money price = priceOf(bigger, command);
        Money credit = current.priceIn(command.currency())
                .map(paid -> Proration.credit(subscription, paid, now))
                .orElse(Money.zero(command.currency()));
        Money discount = discount(command, price, now);
        return Order.place(id, command.user(), OrderKind.UPGRADE, bigger.terms(), subscription.id(),
                subscription.server(), price, discount, credit.compareTo(price) > 0 ? price : credit,
                command.promoCode(), now, payWithin);
    }

    private static Money priceOf(Plan plan, Command command) {
        return plan.priceIn(command.currency()).orElseThrow(() -> new Refusal(Reason.NOT_SOLD_IN_CURRENCY));
    }

    private ServerId serverFor(Plan plan, ServerId wanted) {
        if (wanted != null) {
            ServerSettings server = servers.find(wanted).orElseThrow(() -> new Refusal(Reason.NO_SERVER_AVAILABLE));
            if (!plan.grants(server.id(), groups.groupsOf(server.id()))) {
                throw new Refusal(Reason.SERVER_NOT_IN_PLAN);
            }
            return server.id();
        }
        return servers.all().stream().map(ServerSettings::id)
                .filter(server -> plan.grants(server, groups.groupsOf(server)))
                .findFirst().orElseThrow(() -> new Refusal(Reason.NO_SERVER_AVAILABLE));
    }

    private Money discount(Command command, Money price, Instant now) {
        if (command.promoCode() == null) {
            return Money.zero(price.currency());
        }
        DiscountCode code = discountCodes.find(command.promoCode())
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_PROMO_CODE));
        Optional<DiscountCode.Refusal> refusal = code.check(price, now);
        if (refusal.isPresent()) {
            throw new Refusal(switch (refusal.get()) {
                case INACTIVE -> Reason.PROMO_CODE_INACTIVE;
                case NOT_YET_VALID -> Reason.PROMO_CODE_NOT_YET_VALID;
                case EXPIRED -> Reason.PROMO_CODE_EXPIRED;
                case USED_UP -> Reason.PROMO_CODE_USED_UP;
                case WRONG_CURRENCY -> Reason.PROMO_CODE_WRONG_CURRENCY;
            });
        }
        if (discountCodes.hasRedeemed(code.code(), command.user())) {
            throw new Refusal(Reason.PROMO_CODE_ALREADY_USED);
        }
        return code.discountOn(price);
    }
}
