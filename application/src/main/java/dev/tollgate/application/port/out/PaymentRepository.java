package dev.tollgate.application.port.out;

import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores every payment once: {@code (provider, externalId)} is a unique key, which is what stops double crediting. */
public interface PaymentRepository {

    /** Records a payment; throws {@link DuplicateKeyException} when its id or its (provider, external id) is known. */
    void record(Payment payment);

    /** Writes a reviewed payment; throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(Payment payment);

    Optional<Payment> findById(PaymentId id);

    Optional<Payment> findByExternalId(PaymentProvider provider, String externalId);

    /** Card-to-card receipts an admin has not decided yet, oldest first. */
    List<Payment> findAwaitingReview(int limit);

    /** The payments made for an order, oldest first. */
    List<Payment> findByOrder(OrderId order);

    /** How many payments, and how much money, each provider took in each currency and status (empty groups absent). */
    List<Total> totals();

    /** The payments of one provider, currency and status: their number and the sum of their amounts. */
    record Total(PaymentProvider provider, PaymentStatus status, long count, Money amount) {
        public Total {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
