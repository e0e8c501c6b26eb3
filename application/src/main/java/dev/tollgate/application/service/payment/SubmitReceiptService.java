package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Stores a card-to-card receipt for review (the photo's unique id is the external id) and alerts the admins. */
public final class SubmitReceiptService implements SubmitReceiptUseCase {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public SubmitReceiptService(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions,
                                CustomerNotices notices, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result submit(Command command) {
        Payment receipt;
        try {
            Object stored = transactions.inTransaction(() -> store(command, clock.instant()));
            if (stored instanceof Result refused) {
                return refused;
            }
            receipt = (Payment) stored;
        } catch (DuplicateKeyException again) {
            return new Refused(Reason.DUPLICATE_RECEIPT);
        }
        notices.alert(new AdminAlert.ReceiptToReview(receipt.id(), receipt.order(), receipt.payer(), receipt.amount(),
                command.receipt()));
        return new Submitted(receipt.id());
    }

    private Object store(Command command, Instant now) {
        Optional<Order> found = orders.findById(command.order()).filter(o -> o.customer().equals(command.user()));
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_ORDER);
        }
        Order order = found.get();
        if (!order.status().acceptsPayment() || order.isOverdue(now)) {
            return new Refused(Reason.NOT_PAYABLE);
        }
        if (payments.findByOrder(order.id()).stream().anyMatch(p -> p.status() == PaymentStatus.AWAITING_REVIEW)) {
            // A second picture of the same transfer would let two approvals pay the order twice.
            return new Refused(Reason.DUPLICATE_RECEIPT);
        }
        Payment receipt = Payment.receipt(PaymentId.random(), order.id(), order.customer(), command.receiptUniqueId(),
                order.total(), command.receipt(), now);
        payments.record(receipt);
        if (order.status() == OrderStatus.CREATED) {
            order.awaitPayment();
            orders.update(order);
        }
        return receipt;
    }
}
