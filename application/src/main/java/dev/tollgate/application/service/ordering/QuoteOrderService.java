package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Command;
import dev.tollgate.application.port.in.PlaceOrderUseCase.Reason;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Proration;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Prices a purchase, renewal or upgrade by the same rules as placing it (QuoteOrderServiceTest holds the two
 * together), and tells what the subscription would look like after it; nothing is written, no code is used up.
 */
public final class QuoteOrderService implements QuoteOrderUseCase {

    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final DiscountCodes discountCodes;
    private final ServerCatalog servers;
    private final ServerGroups groups;
    private final Clock clock;

    public QuoteOrderService(PlanRepository plans, SubscriptionRepository subscriptions, DiscountCodes discountCodes,
                             ServerCatalog servers, ServerGroups groups, Clock clock) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.discountCodes = discountCodes;
        this.servers = servers;
        this.groups = groups;
        this.clock = clock;
    }

    /** A refusal found while pricing. */
    private static final class Refusal extends RuntimeException {
        private final Reason reason;

        Refusal(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    @Override
    public Result quote(Command command) {
        try {
            Instant now = clock.instant();
            return switch (command.kind()) {
                case NEW_PURCHASE -> purchase(command, now);
                case RENEWAL, UPGRADE -> change(command, now);
                case WALLET_TOP_UP -> throw new Refusal(Reason.INVALID_AMOUNT);
            };
        } catch (Refusal refusal) {
            return new Refused(refusal.reason);
        }
    }

    private Quoted purchase(Command command, Instant now) {
        Plan plan = plans.findById(command.plan()).orElseThrow(() -> new Refusal(Reason.UNKNOWN_PLAN));
        if (!plan.active()) {
            throw new Refusal(Reason.PLAN_NOT_ON_SALE);
        }
        Money price = priceOf(plan, command);
        requireServer(plan, command);
        Money discount = discount(command, price, now);
        Money zero = Money.zero(price.currency());
        return new Quoted(plan, price, discount, zero, price.minusOrZero(discount), Optional.empty());
    }

    private Quoted change(Command command, Instant now) {
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
            return new Quoted(current, price, discount, Money.zero(price.currency()), price.minusOrZero(discount),
                    Optional.of(subscription.afterRenewal(current.terms(), now)));
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
        Money capped = credit.compareTo(price) > 0 ? price : credit;
        return new Quoted(bigger, price, discount, capped, price.minusOrZero(discount).minusOrZero(capped),
                Optional.of(subscription.afterUpgrade(bigger.terms(), now)));
    }

    private static Money priceOf(Plan plan, Command command) {
        return plan.priceIn(command.currency()).orElseThrow(() -> new Refusal(Reason.NOT_SOLD_IN_CURRENCY));
    }

    private void requireServer(Plan plan, Command command) {
        if (command.server() != null) {
            ServerSettings server = servers.find(command.server())
                    .orElseThrow(() -> new Refusal(Reason.NO_SERVER_AVAILABLE));
            if (!plan.grants(server.id(), groups.groupsOf(server.id()))) {
                throw new Refusal(Reason.SERVER_NOT_IN_PLAN);
            }
            return;
        }
        if (servers.all().stream().noneMatch(s -> plan.grants(s.id(), groups.groupsOf(s.id())))) {
            throw new Refusal(Reason.NO_SERVER_AVAILABLE);
        }
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
