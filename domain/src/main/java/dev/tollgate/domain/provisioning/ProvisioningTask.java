package dev.tollgate.domain.provisioning;

import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The promise, written in the payment's transaction, to bring a paid order's subscription onto its panel. At most
 * one task exists per order. A worker leases it ({@code leaseHolder} until {@code leasedUntil}) so that two job runs
 * never work on it at once; a lease that runs out makes it claimable again.
 */
public record ProvisioningTask(ProvisioningTaskId id, OrderId order, SubscriptionId subscription,
                               ProvisioningTaskStatus status, int attempts, Instant nextAttemptAt, String lastError,
                               Instant createdAt, String leaseHolder, Instant leasedUntil) {

    public ProvisioningTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
        if ((leaseHolder == null) != (leasedUntil == null)) {
            throw new IllegalArgumentException("a lease has both a holder and an end");
        }
    }

    /** A new task, due at once. */
    public static ProvisioningTask due(OrderId order, SubscriptionId subscription, Instant now) {
        return new ProvisioningTask(ProvisioningTaskId.random(), order, subscription, ProvisioningTaskStatus.PENDING,
                0, now, null, now, null, null);
    }

    /** Whether a worker may claim it at {@code now}: pending, due, and not leased by anyone else. */
    public boolean claimableAt(Instant now) {
        return status == ProvisioningTaskStatus.PENDING && !nextAttemptAt.isAfter(now)
                && (leasedUntil == null || !leasedUntil.isAfter(now));
    }

    public Optional<String> error() {
        return Optional.ofNullable(lastError);
    }
}
