package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments in a map, unique by id and by (provider, external id) as in the database. */
public final class InMemoryPaymentRepository implements PaymentRepository {

    private final Map<PaymentId, Payment> rows = new LinkedHashMap<>();
    private int recordAttempts;

    @Override
    public synchronized void record(Payment payment) {
        recordAttempts++;
        if (rows.containsKey(payment.id()) || rows.values().stream().anyMatch(p -> p.provider() == payment.provider()
                && p.externalId().equals(payment.externalId()))) {
            throw new DuplicateKeyException("payment " + payment.provider() + "/" + payment.externalId() + " exists");
        }
        rows.put(payment.id(), copy(payment, payment.version()));
    }

    private final java.util.List<StatusChange> statusChanges = new java.util.ArrayList<>();

    /** Every status change written through {@link #update}, in order. */
    public synchronized java.util.List<StatusChange> statusChanges() {
        return java.util.List.copyOf(statusChanges);
    }

    @Override
    public synchronized void update(Payment payment) {
        Payment stored = rows.get(payment.id());
        if (stored == null || stored.version() != payment.version()) {
            throw new ConcurrentUpdateException("payment " + payment.id() + " changed or vanished");
        }
        if (stored.status() != payment.status()) {
            statusChanges.add(new StatusChange(stored.status(), payment.status()));
        }
        rows.put(payment.id(), copy(payment, payment.version() + 1));
    }

    @Override
    public synchronized Optional<Payment> findById(PaymentId id) {
        return Optional.ofNullable(rows.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized Optional<Payment> findByExternalId(PaymentProvider provider, String externalId) {
        return rows.values().stream().filter(p -> p.provider() == provider && p.externalId().equals(externalId))
                .findFirst().map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized List<Payment> findAwaitingReview(int limit) {
        return rows.values().stream().filter(p -> p.status() == PaymentStatus.AWAITING_REVIEW)
                .sorted(Comparator.comparing(Payment::receivedAt)).limit(limit).map(p -> copy(p, p.version())).toList();
    }

    @Override
    public synchronized List<Payment> findByOrder(OrderId order) {
        return rows.values().stream().filter(p -> p.order().equals(order))
                .sorted(Comparator.comparing(Payment::receivedAt)).map(p -> copy(p, p.version())).toList();
    }

    public synchronized int size() {
        return rows.size();
    }

    private static Payment copy(Payment p, long version) {
        return Payment.rehydrate(p.id(), p.order(), p.payer(), p.provider(), p.externalId(), p.amount(),
                p.receivedAt(), p.receipt().orElse(null), p.status(), p.decidedAt().orElse(null),
                p.decidedBy().orElse(null), version);
    }
    @Override
    public synchronized List<Total> totals() {
        Map<List<Object>, Total> totals = new LinkedHashMap<>();
        for (Payment payment : rows.values()) {
            totals.merge(List.of(payment.provider(), payment.amount().currency(), payment.status()),
                    new Total(payment.provider(), payment.status(), 1, payment.amount()),
                    (a, b) -> new Total(a.provider(), a.status(), a.count() + b.count(), a.amount().plus(b.amount())));
        }
        return List.copyOf(totals.values());
    }
}
