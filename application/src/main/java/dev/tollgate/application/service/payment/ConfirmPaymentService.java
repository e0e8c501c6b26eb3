package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.wallet.LedgerEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a provider's payment once and settles its order in the same transaction; the unique
 * {@code (provider, externalId)} key turns a replayed callback into {@link AlreadyRecorded}. Money that does not fit
 * (wrong amount or currency, order already closed) is kept in the payer's wallet and the admins are told.
 */
public final class ConfirmPaymentService implements ConfirmPaymentUseCase {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final OrderSettlement settlement;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public ConfirmPaymentService(OrderRepository orders, PaymentRepository payments, OrderSettlement settlement,
                                 TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.settlement = settlement;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    private sealed interface Stored {
    }

    private record Settled(OrderSettlement.Settled settled) implements Stored {
    }

    private record Kept(Order order, Reason reason, Optional<LedgerEntry> entry) implements Stored {
    }

    private record Done(Result result) implements Stored {
    }

    @Override
    public Result confirm(Command command) {
        Stored stored = null;
        for (int attempt = 1; stored == null; attempt++) {
            try {
                stored = transactions.inTransaction(() -> store(command, clock.instant()));
            } catch (DuplicateKeyException replayed) {
                return new AlreadyRecorded(command.order());
            } catch (ConcurrentUpdateException raced) {
                // The order changed under us (expired, cancelled, paid by another callback): read it again, so the
                // money is matched to the order's new state (kept in the wallet if it closed) instead of being lost.
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
        if (stored instanceof Done done) {
            return done.result();
        }
        if (stored instanceof Settled settled) {
            Delivery delivery = settlement.deliver(settled.settled());
            return new Paid(command.order(), delivery);
        }
        Kept kept = (Kept) stored;
        Order order = kept.order();
        kept.entry().ifPresent(entry -> notices.send(order.customer(), new Notice.RefundedToWallet(order.id(),
                entry.amount(), entry.balanceAfter(), Notice.RefundReason.forUnusablePayment(
                        kept.reason() == Reason.AMOUNT_MISMATCH, order.status()))));
        notices.alert(kept.reason() == Reason.AMOUNT_MISMATCH
                ? new AdminAlert.PaymentMismatch(order.id(), command.provider(), command.externalId(),
                        order.total(), command.amount())
                : new AdminAlert.PaymentForClosedOrder(order.id(), command.provider(), command.externalId(),
                        command.amount()));
        return new CreditedToWallet(order.id(), kept.reason());
    }

    private Stored store(Command command, Instant now) {
        Optional<Order> found = orders.findById(command.order());
        if (found.isEmpty()) {
            return new Done(new Refused(Reason.UNKNOWN_ORDER));
        }
        Order order = found.get();
        payments.record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(), command.provider(),
                command.externalId(), command.amount(), now));
        String paymentKey = command.provider() + ":" + command.externalId();
        if (!command.amount().equals(order.total())) {
            return new Kept(order, Reason.AMOUNT_MISMATCH,
                    settlement.keepInWallet(order.customer(), command.amount(), paymentKey, order, now));
        }
        if (!order.status().acceptsPayment()) {
            return new Kept(order, Reason.ORDER_CLOSED,
                    settlement.keepInWallet(order.customer(), command.amount(), paymentKey, order, now));
        }
        return new Settled(settlement.settle(order, now));
    }
}
