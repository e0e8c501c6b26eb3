package dev.tollgate.application.port.out;

import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Optional;

/** One automatic renewal per subscription and period: {@code (subscription, period)} is a unique key. */
public interface AutoRenewClaims {

    /**
     * Claims the renewal of the period ending at {@code period}; throws {@link DuplicateKeyException} when another
     * run already claimed it.
     */
    void claim(SubscriptionId subscription, Instant period, OrderId order, Instant at);

    /** The order that renewed that period, if one did. */
    Optional<OrderId> find(SubscriptionId subscription, Instant period);
}
