package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Objects;

/** Prices and stores an order (new purchase, renewal, upgrade or wallet top-up) that the user then pays. */
public interface PlaceOrderUseCase {

    Result place(Command command);

    /**
     * {@code plan} for purchases and upgrades (renewals use the subscription's plan), {@code subscription} for
     * renewals and upgrades, {@code server} optionally for purchases (else the plan's first configured server),
     * {@code amount} for top-ups, {@code promoCode} optionally, {@code pack} for traffic packs (the traffic the pack
     * adds, which names it among its plan's packs).
     */
    record Command(TelegramUserId user, OrderKind kind, PlanId plan, SubscriptionId subscription, ServerId server,
                   Currency currency, Money amount, PromoCode promoCode, DataSize pack) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(currency, "currency");
        }

        public Command(TelegramUserId user, OrderKind kind, PlanId plan, SubscriptionId subscription, ServerId server,
                       Currency currency, Money amount, PromoCode promoCode) {
            this(user, kind, plan, subscription, server, currency, amount, promoCode, null);
        }

        /** Extra traffic for the current term of {@code subscription}, one of its plan's packs. */
        public static Command trafficPack(TelegramUserId user, SubscriptionId subscription, DataSize pack,
                                          Currency currency, PromoCode promoCode) {
            return new Command(user, OrderKind.TRAFFIC_PACK, null, Objects.requireNonNull(subscription), null, currency,
                    null, promoCode, Objects.requireNonNull(pack));
        }

        public static Command purchase(TelegramUserId user, PlanId plan, Currency currency, ServerId server,
                                       PromoCode promoCode) {
            return new Command(user, OrderKind.NEW_PURCHASE, Objects.requireNonNull(plan), null, server, currency,
                    null, promoCode);
        }

        public static Command renewal(TelegramUserId user, SubscriptionId subscription, Currency currency,
                                      PromoCode promoCode) {
            return new Command(user, OrderKind.RENEWAL, null, Objects.requireNonNull(subscription), null, currency,
                    null, promoCode);
        }

        public static Command upgrade(TelegramUserId user, SubscriptionId subscription, PlanId biggerPlan,
                                      Currency currency) {
            return new Command(user, OrderKind.UPGRADE, Objects.requireNonNull(biggerPlan),
                    Objects.requireNonNull(subscription), null, currency, null, null);
        }

        public static Command topUp(TelegramUserId user, Money amount) {
            return new Command(user, OrderKind.WALLET_TOP_UP, null, null, null, amount.currency(), amount, null);
        }
    }

    sealed interface Result {
    }

    /** The order waits for payment of {@code total} until {@code payBy}; {@code credit} is an upgrade's proration. */
    record Placed(OrderId order, Money listPrice, Money discount, Money credit, Money total, Instant payBy)
            implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_PLAN, PLAN_NOT_ON_SALE, NOT_SOLD_IN_CURRENCY, SERVER_NOT_IN_PLAN, NO_SERVER_AVAILABLE,
        UNKNOWN_SUBSCRIPTION, NOT_RENEWABLE, NOT_AN_UPGRADE, INVALID_AMOUNT,
        UNKNOWN_PROMO_CODE, PROMO_CODE_INACTIVE, PROMO_CODE_NOT_YET_VALID, PROMO_CODE_EXPIRED, PROMO_CODE_USED_UP,
        PROMO_CODE_ALREADY_USED, PROMO_CODE_WRONG_CURRENCY, PROMO_CODE_WRONG_PLAN,
        /** The subscription's plan sells no pack of that traffic. */
        UNKNOWN_TRAFFIC_PACK,
        /** A traffic pack needs an active subscription with a quota (or one cut for its quota); renew the others. */
        NOT_ACTIVE,
        /** The location the buyer chose is full or closed for sales now; another one (or "best") may have room. */
        LOCATION_FULL
    }
}
