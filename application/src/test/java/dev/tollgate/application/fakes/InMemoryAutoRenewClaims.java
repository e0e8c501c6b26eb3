package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Auto-renewal claims keyed by (subscription, period), as in the database. */
public final class InMemoryAutoRenewClaims implements AutoRenewClaims {

    private record Key(SubscriptionId subscription, Instant period) {
    }

    private final Map<Key, OrderId> claims = new ConcurrentHashMap<>();

    @Override
    public void claim(SubscriptionId subscription, Instant period, OrderId order, Instant at) {
        if (claims.putIfAbsent(new Key(subscription, period), order) != null) {
            throw new DuplicateKeyException("the period ending " + period + " of " + subscription + " was renewed");
        }
    }

    @Override
    public Optional<OrderId> find(SubscriptionId subscription, Instant period) {
        return Optional.ofNullable(claims.get(new Key(subscription, period)));
    }
}
