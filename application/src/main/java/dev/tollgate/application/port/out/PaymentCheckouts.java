package dev.tollgate.application.port.out;

import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Payments opened at a provider that has not yet said how they ended (paid or expired): what the polling fallback
 * asks the provider about when a notification is lost. A refund asked of a provider is kept the same way (external id
 * {@code refund:<payment's id>}) until its answer is recorded. Unique by {@code (provider, externalId)}.
 */
public interface PaymentCheckouts {

    /** Records an opened payment; throws {@link DuplicateKeyException} when its (provider, external id) is known. */
    void open(Checkout checkout);

    /** The provider's open payments, oldest first. */
    List<Checkout> findOpen(PaymentProvider provider, int limit);

    /** Opens a closed one again (a refund asked of the provider once more); returns false when unknown or open. */
    boolean reopen(PaymentProvider provider, String externalId);

    /** Whether this (provider, external id) is recorded and still open. */
    boolean isOpen(PaymentProvider provider, String externalId);

    /** Marks an open payment as ended; returns false when it was not open (ended before, or unknown). */
    boolean close(PaymentProvider provider, String externalId, Instant now);

    /** One opened payment. */
    record Checkout(PaymentProvider provider, String externalId, OrderId order, Instant openedAt) {
        public Checkout {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(openedAt, "openedAt");
            if (externalId.isBlank() || externalId.length() > 200) {
                throw new IllegalArgumentException("an external payment id is 1 to 200 characters");
            }
        }
    }
}
