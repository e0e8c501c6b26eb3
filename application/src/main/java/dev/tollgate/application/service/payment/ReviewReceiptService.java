package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.wallet.LedgerEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An admin's decision on a receipt. Approval settles the order in the same transaction (or, when the order closed
 * meanwhile, keeps the money in the wallet); the payment's version makes a second decision lose. Only admins may decide.
 */
public final class ReviewReceiptService implements ReviewReceiptUseCase {

    private final AdminDirectory admins;
    private final PaymentRepository payments;
    private final OrderRepository orders;
    private final OrderSettlement settlement;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public ReviewReceiptService(AdminDirectory admins, PaymentRepository payments, OrderRepository orders,
                                OrderSettlement settlement, TransactionRunner transactions, CustomerNotices notices,
                                Clock clock) {
        this.admins = admins;
        this.payments = payments;
        this.orders = orders;
        this.settlement = settlement;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    private record Outcome(Result result, Order order, OrderSettlement.Settled settled, LedgerEntry kept) {
    }

    @Override
    public Result review(Command command) {
        if (!admins.isAdmin(command.admin())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Outcome outcome;
        try {
            outcome = transactions.inTransaction(() -> decide(command, clock.instant()));
        } catch (ConcurrentUpdateException decidedMeanwhile) {
            return new Refused(Reason.ALREADY_DECIDED);
        }
        if (outcome.settled() != null) {
            Delivery delivery = settlement.deliver(outcome.settled());
            return new Approved(delivery);
        }
        if (outcome.kept() != null) {
            notices.send(outcome.order().customer(), new Notice.RefundedToWallet(outcome.order().id(),
                    outcome.kept().amount(), outcome.kept().balanceAfter(), Notice.RefundReason.forUnusablePayment(
                            outcome.order().status().acceptsPayment(), outcome.order().status())));
            return new Approved(Delivery.delivered(null));
        }
        if (outcome.result() instanceof Rejected) {
            notices.send(outcome.order().customer(), new Notice.ReceiptRejected(outcome.order().id(), command.rejection()));
        }
        return outcome.result();
    }

    private Outcome decide(Command command, Instant now) {
        Optional<Payment> found = payments.findById(command.payment());
        if (found.isEmpty()) {
            return new Outcome(new Refused(Reason.UNKNOWN_PAYMENT), null, null, null);
        }
        Payment payment = found.get();
        if (payment.status() != PaymentStatus.AWAITING_REVIEW) {
            return new Outcome(new Refused(Reason.ALREADY_DECIDED), null, null, null);
        }
        Order order = orders.findById(payment.order()).orElseThrow();
        if (command.decision() == Decision.REJECT) {
            payment.reject(command.admin(), now);
            payments.update(payment);
            return new Outcome(new Rejected(), order, null, null);
        }
        payment.approve(command.admin(), now);
        payments.update(payment);
        if (!order.status().acceptsPayment() || !payment.amount().equals(order.total())) {
            LedgerEntry kept = settlement.keepInWallet(order.customer(), payment.amount(),
                    payment.provider() + ":" + payment.externalId(), order, now).orElse(null);
            return new Outcome(null, order, null, kept);
        }
        return new Outcome(null, order, settlement.settle(order, now), null);
    }
}
