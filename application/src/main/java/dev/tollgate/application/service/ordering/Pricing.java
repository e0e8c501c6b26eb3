package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.PlaceOrderUseCase.Command;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.common.ServerPlacement;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Proration;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * The one set of pricing rules, shared by placing an order and quoting it: the plan and its price in the currency,
 * the server (the chosen one if it has room, else the least-loaded one with room), the promo code's discount (checked, not used up), an upgrade's proration credit (capped at the price),
 * and what the subscription looks like afterwards. A refusal is thrown as {@link Refusal}.
 */
final class Pricing {

    /** A refusal found while pricing; unwinds before anything is written. */
    static final class Refusal extends RuntimeException {
        final Reason reason;

        Refusal(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /** What an order for the command costs; {@code subscription} is empty for a new purchase. */
    record Priced(Plan plan, Optional<Subscription> subscription, ServerId server, Money price, Money discount,
                  Money credit, Optional<Subscription.Outlook> outlook) {

        Money total() {
            return price.minusOrZero(discount).minusOrZero(credit);
        }
    }

    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final DiscountCodes discountCodes;
    private final ServerCatalog servers;
    private final ServerGroups groups;
    private final ServerPlacement placement;

    Pricing(PlanRepository plans, SubscriptionRepository subscriptions, DiscountCodes discountCodes,
            ServerCatalog servers, ServerGroups groups) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.discountCodes = discountCodes;
        this.servers = servers;
        this.groups = groups;
        this.placement = new ServerPlacement(servers, groups, subscriptions);
    }

    /** Prices a purchase, renewal or upgrade (not a top-up). */
    Priced price(Command command, Instant now) {
        if (command.kind() == OrderKind.NEW_PURCHASE) {
            Plan plan = onSale(command);
            Money price = priceOf(plan, command);
            ServerId server = serverFor(plan, command.server());
            return new Priced(plan, Optional.empty(), server, price, discount(command, plan, price, now),
                    Money.zero(price.currency()), Optional.empty());
        }
        Subscription subscription = subscriptions.findById(command.subscription())
                .filter(s -> s.owner().equals(command.user()))
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_SUBSCRIPTION));
        if (subscription.kind() == SubscriptionKind.TRIAL || subscription.status() == SubscriptionStatus.REVOKED
                || subscription.plan().isEmpty()) {
            throw new Refusal(Reason.NOT_RENEWABLE);
        }
        Plan current = plans.findById(subscription.plan().get()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_PLAN));
        if (command.kind() == OrderKind.TRAFFIC_PACK) {
            return pack(command, subscription, current, now);
        }
        if (command.kind() == OrderKind.RENEWAL) {
            Money price = priceOf(current, command);
            return new Priced(current, Optional.of(subscription), subscription.server(), price,
                    discount(command, current, price, now), Money.zero(price.currency()),
                    Optional.of(subscription.afterRenewal(current.terms(), now)));
        }
        Plan bigger = onSale(command);
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
        return new Priced(bigger, Optional.of(subscription), subscription.server(), price,
                discount(command, bigger, price, now), credit.compareTo(price) > 0 ? price : credit,
                Optional.of(subscription.afterUpgrade(bigger.terms(), now)));
    }

    /** The other servers an all-locations purchase also goes to (none for other plans). */
    java.util.List<ServerId> alsoOn(Plan plan, ServerId primary) {
        return placement.alsoOn(plan, primary);
    }

    /** A traffic pack of the subscription's plan (on sale or not), for a subscription that has a term and a quota left to grow. */
    private Priced pack(Command command, Subscription subscription, Plan current, Instant now) {
        TrafficPack pack = Optional.ofNullable(command.pack()).flatMap(current::trafficPack)
                .orElseThrow(() -> new Refusal(Reason.UNKNOWN_TRAFFIC_PACK));
        boolean running = subscription.status() == SubscriptionStatus.ACTIVE
                || subscription.status() == SubscriptionStatus.LIMITED;
        if (!running || subscription.quota().isZero() || subscription.isPastExpiry(now)) {
            throw new Refusal(Reason.NOT_ACTIVE);
        }
        Money price = pack.priceIn(command.currency()).orElseThrow(() -> new Refusal(Reason.NOT_SOLD_IN_CURRENCY));
        return new Priced(current, Optional.of(subscription), subscription.server(), price,
                discount(command, current, price, now), Money.zero(price.currency()),
                Optional.of(subscription.afterTrafficPack(pack.traffic(), now)));
    }

    /** The terms a traffic-pack order freezes: the plan's, with the pack's traffic as what is sold. */
    static PlanTerms packTerms(PlanTerms plan, DataSize traffic) {
        return new PlanTerms(plan.plan(), plan.duration(), traffic, plan.deviceLimit(), plan.startOnFirstUse(),
                plan.renewal());
    }

    private Plan onSale(Command command) {
        Plan plan = plans.findById(command.plan()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_PLAN));
        if (!plan.active()) {
            throw new Refusal(Reason.PLAN_NOT_ON_SALE);
        }
        return plan;
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
            if (!placement.hasRoom(server.id())) {
                throw new Refusal(Reason.LOCATION_FULL);
            }
            return server.id();
        }
        return placement.best(plan).orElseThrow(() -> new Refusal(Reason.NO_SERVER_AVAILABLE));
    }

    private Money discount(Command command, Plan plan, Money price, Instant now) {
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
        if (!code.appliesTo(plan.id())) {
            throw new Refusal(Reason.PROMO_CODE_WRONG_PLAN);
        }
        if (discountCodes.redemptions(code.code(), command.user()) >= code.usesPerUser()) {
            throw new Refusal(Reason.PROMO_CODE_ALREADY_USED);
        }
        return code.discountOn(price);
    }
}
