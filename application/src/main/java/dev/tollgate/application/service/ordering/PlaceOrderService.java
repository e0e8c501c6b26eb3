package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Prices an order from the plan (renewals at the subscription's plan, upgrades less the proration credit), applies a
 * promo code (counted and recorded once per user in the same transaction as the order) and stores it.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

    private static final int MAX_ATTEMPTS = 3;

    private final Pricing pricing;
    private final OrderRepository orders;
    private final SubscriptionRepository subscriptions;
    private final DiscountCodes discountCodes;
    private final TransactionRunner transactions;
    private final Duration payWithin;
    private final Clock clock;

    public PlaceOrderService(PlanRepository plans, SubscriptionRepository subscriptions, OrderRepository orders,
                             DiscountCodes discountCodes, ServerCatalog servers, ServerGroups groups,
                             TransactionRunner transactions, Duration payWithin, Clock clock) {
        this.pricing = new Pricing(plans, subscriptions, discountCodes, servers, groups);
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.discountCodes = discountCodes;
        this.transactions = transactions;
        this.payWithin = payWithin;
        this.clock = clock;
    }

    @Override
    public Result place(Command command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> placeIn(command, clock.instant()));
            } catch (Pricing.Refusal refusal) {
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
            case NEW_PURCHASE, RENEWAL, UPGRADE, TRAFFIC_PACK -> priced(id, command, now);
        };
        orders.insert(order);
        if (order.promoCode().isPresent()) {
            DiscountCode code = discountCodes.find(order.promoCode().get()).orElseThrow();
            code.redeem(order.listPrice(), now);
            discountCodes.update(code);
            discountCodes.recordRedemption(code.code(), command.user(), id, now,
                    discountCodes.redemptions(code.code(), command.user()) + 1);
        }
        return new Placed(id, order.listPrice(), order.discount(), order.credit(), order.total(), order.payBy());
    }

    private Order topUp(OrderId id, Command command, Instant now) {
        if (command.amount() == null || !command.amount().isPositive()
                || command.amount().currency() != command.currency()) {
            throw new Pricing.Refusal(Reason.INVALID_AMOUNT);
        }
        return Order.topUp(id, command.user(), command.amount(), now, payWithin);
    }

    /** A purchase, renewal or upgrade, priced by the rules {@link QuoteOrderService} shows the user. */
    private Order priced(OrderId id, Command command, Instant now) {
        Pricing.Priced priced = pricing.price(command, now);
        SubscriptionId subscription = priced.subscription().map(Subscription::id)
                .orElseGet(() -> new SubscriptionId(UUID.randomUUID()));
        if (command.kind() == OrderKind.NEW_PURCHASE) {
            // An all-locations plan: the other servers are recorded with the order, for the subscription it creates.
            List<ServerId> others = pricing.alsoOn(priced.plan(), priced.server());
            if (!others.isEmpty()) {
                subscriptions.placeAlsoOn(subscription, others);
            }
        }
        PlanTerms terms = command.kind() == OrderKind.TRAFFIC_PACK
                ? Pricing.packTerms(priced.plan().terms(), command.pack()) : priced.plan().terms();
        return Order.place(id, command.user(), command.kind(), terms, subscription, priced.server(),
                priced.price(), priced.discount(), priced.credit(), command.promoCode(), now, payWithin);
    }
}
