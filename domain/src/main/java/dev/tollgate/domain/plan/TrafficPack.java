package dev.tollgate.domain.plan;

import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Extra traffic a plan sells for the current term of one of its subscriptions: a positive amount, priced per
 * currency like the plan. It adds to the quota and leaves the expiry and the traffic already used alone.
 */
public record TrafficPack(DataSize traffic, Map<Currency, Money> prices) {

    public TrafficPack {
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(prices, "prices");
        if (traffic.isZero()) {
            throw new IllegalArgumentException("a traffic pack must add some traffic");
        }
        Map<Currency, Money> copy = new EnumMap<>(Currency.class);
        prices.forEach((currency, price) -> {
            if (price.currency() != currency || !price.isPositive()) {
                throw new IllegalArgumentException("pack price " + price + " listed under " + currency);
            }
            copy.put(currency, price);
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a traffic pack needs at least one price");
        }
        prices = Map.copyOf(copy);
    }

    /** The price in a currency, empty when the pack is not sold in it. */
    public Optional<Money> priceIn(Currency currency) {
        return Optional.ofNullable(prices.get(currency));
    }
}
