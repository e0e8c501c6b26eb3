package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the user is about to buy (a new subscription, a renewal or an upgrade, with or without a promo code), kept in
 * the stored conversation so that payment buttons need carry no more than their method ({@link #REF} in place of a
 * plan id) and a restart keeps it. The order placed for each currency is remembered, so a second tap on a payment
 * button shows the same order again instead of placing (and paying) a second one.
 */
record Checkout(OrderKind kind, PlanId plan, SubscriptionId subscription, PromoCode code, ServerId server, String title,
                Map<String, String> placed, DataSize pack) {

    /** Stands for "the open checkout" in callback data; never a plan id (those start with a letter or digit). */
    static final String REF = "_c";
    static final String OPEN_STEP = "chk.open";
    static final String CODE_STEP = "chk.code";
    static final Duration TTL = Duration.ofHours(2);

    Checkout {
        placed = Map.copyOf(placed);
    }

    Checkout(OrderKind kind, PlanId plan, SubscriptionId subscription, PromoCode code, ServerId server, String title,
             Map<String, String> placed) {
        this(kind, plan, subscription, code, server, title, placed, null);
    }

    /** Extra traffic ({@code pack}, one of the plan's packs) for the current term of {@code subscription}. */
    static Checkout trafficPack(SubscriptionId subscription, DataSize pack, String title) {
        return new Checkout(OrderKind.TRAFFIC_PACK, null, subscription, null, null, title, Map.of(), pack);
    }

    static Checkout purchase(PlanId plan, String title) {
        return new Checkout(OrderKind.NEW_PURCHASE, plan, null, null, null, title, Map.of());
    }

    static Checkout renewal(SubscriptionId subscription, String title) {
        return new Checkout(OrderKind.RENEWAL, null, subscription, null, null, title, Map.of());
    }

    static Checkout upgrade(SubscriptionId subscription, PlanId plan, String title) {
        return new Checkout(OrderKind.UPGRADE, plan, subscription, null, null, title, Map.of());
    }

    /** The checkout the user's conversation holds, if it is at one of the checkout's steps and well-formed. */
    static Optional<Checkout> of(Session session) {
        return session.conversation().filter(c -> c.step().startsWith("chk.")).flatMap(c -> read(c.values()));
    }

    private static Optional<Checkout> read(Map<String, String> values) {
        try {
            OrderKind kind = OrderKind.valueOf(values.getOrDefault("kind", ""));
            PlanId plan = values.containsKey("plan") ? new PlanId(values.get("plan")) : null;
            SubscriptionId subscription = values.containsKey("sub") ? SubscriptionId.parse(values.get("sub")) : null;
            PromoCode code = values.containsKey("code") ? new PromoCode(values.get("code")) : null;
            ServerId server = values.containsKey("server") ? new ServerId(values.get("server")) : null;
            DataSize pack = values.containsKey("pack") ? DataSize.ofBytes(Long.parseLong(values.get("pack"))) : null;
            Map<String, String> placed = new HashMap<>();
            values.forEach((key, value) -> {
                if (key.startsWith("o.")) {
                    placed.put(key.substring(2), value);
                }
            });
            boolean complete = switch (kind) {
                case NEW_PURCHASE -> plan != null;
                case RENEWAL -> subscription != null;
                case UPGRADE -> plan != null && subscription != null;
                case TRAFFIC_PACK -> subscription != null && pack != null;
                case WALLET_TOP_UP -> false;
            };
            return complete ? Optional.of(new Checkout(kind, plan, subscription, code, server, values.getOrDefault("title", ""),
                    placed, pack)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    Checkout withCode(PromoCode newCode) {
        return new Checkout(kind, plan, subscription, newCode, server, title, Map.of(), pack);
    }

    /** A new subscription on {@code location}; null lets the shop choose. */
    Checkout on(ServerId location) {
        return new Checkout(kind, plan, subscription, code, location, title, Map.of(), pack);
    }

    Checkout titled(String newTitle) {
        return new Checkout(kind, plan, subscription, code, server, newTitle, placed, pack);
    }

    /** Remembers the order placed in {@code total}'s currency ({@code <order id>/<minor units>/<pay-by epoch second>}). */
    Checkout withPlaced(OrderId order, Money total, java.time.Instant payBy) {
        Map<String, String> more = new HashMap<>(placed);
        more.put(total.currency().name(), order + "/" + total.minorUnits() + "/" + payBy.getEpochSecond());
        return new Checkout(kind, plan, subscription, code, server, title, more, pack);
    }

    /**
     * The order already placed for this checkout in {@code currency} and its total, while it can still be paid at
     * {@code now}; after its pay-by time a tap places a new one (the old one expires on its own).
     */
    Optional<Map.Entry<OrderId, Money>> placedIn(Currency currency, java.time.Instant now) {
        String[] parts = placed.getOrDefault(currency.name(), "").split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            if (!java.time.Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(now)) {
                return Optional.empty();
            }
            return Optional.of(Map.entry(OrderId.parse(parts[0]), Money.of(Long.parseLong(parts[1]), currency)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    PlaceOrderUseCase.Command command(TelegramUserId user, Currency currency) {
        return new PlaceOrderUseCase.Command(user, kind, plan, subscription, server, currency, null, code, pack);
    }

    Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put("kind", kind.name());
        if (plan != null) {
            values.put("plan", plan.value());
        }
        if (subscription != null) {
            values.put("sub", subscription.toString());
        }
        if (code != null) {
            values.put("code", code.value());
        }
        if (server != null) {
            values.put("server", server.value());
        }
        if (pack != null) {
            values.put("pack", Long.toString(pack.bytes()));
        }
        values.put("title", title.length() > 64 ? title.substring(0, 64) : title);
        placed.forEach((currency, order) -> values.put("o." + currency, order));
        return values;
    }

    Reply.Converse at(String step) {
        return new Reply.Converse(step, values(), TTL);
    }
}
