package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.WalletPostings;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Pays an order from the wallet in one transaction: the debit (ledger key {@code pay:<order>}), the payment (provider
 * WALLET, external id the order id) and the settlement. The ledger's sequence key stops two concurrent payments
 * from spending the same balance; the loser re-reads and is refused if the balance no longer covers it.
 */
public final class PayFromWalletService implements PayFromWalletUseCase {

    private static final int MAX_ATTEMPTS = 3;

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final WalletLedger ledger;
    private final OrderSettlement settlement;
    private final TransactionRunner transactions;
    private final Clock clock;

    public PayFromWalletService(OrderRepository orders, PaymentRepository payments, WalletLedger ledger,
                                OrderSettlement settlement, TransactionRunner transactions, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.ledger = ledger;
        this.settlement = settlement;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Outcome(Result refusal, OrderSettlement.Settled settled) {
    }

    @Override
    public Result pay(Command command) {
        for (int attempt = 1; ; attempt++) {
            Outcome outcome;
            try {
                outcome = transactions.inTransaction(() -> store(command, clock.instant()));
            } catch (DuplicateKeyException alreadyPaid) {
                return new Refused(Reason.ALREADY_PAID);
            } catch (ConcurrentUpdateException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
                continue;
            }
            if (outcome.refusal() != null) {
                return outcome.refusal();
            }
            return new Paid(command.order(), settlement.deliver(outcome.settled()));
        }
    }

    private Outcome store(Command command, Instant now) {
        Optional<Order> found = orders.findById(command.order()).filter(o -> o.customer().equals(command.user()));
        if (found.isEmpty()) {
            return new Outcome(new Refused(Reason.UNKNOWN_ORDER), null);
        }
        Order order = found.get();
        if (order.status().isPaid()) {
            return new Outcome(new Refused(Reason.ALREADY_PAID), null);
        }
        if (!order.status().acceptsPayment() || order.kind() == OrderKind.WALLET_TOP_UP || order.isOverdue(now)) {
            return new Outcome(new Refused(Reason.NOT_PAYABLE), null);
        }
        Wallet wallet = ledger.wallet(command.user(), order.total().currency());
        if (!wallet.covers(order.total())) {
            return new Outcome(new Refused(Reason.INSUFFICIENT_BALANCE), null);
        }
        payments.record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(), PaymentProvider.WALLET,
                order.id().toString(), order.total(), now));
        if (order.total().isPositive()) {
            ledger.append(wallet.debit(order.total(), LedgerEntryKind.PAYMENT, WalletPostings.paymentKey(order.id()),
                    order.id(), null, now));
        }
        return new Outcome(null, settlement.settle(order, now));
    }
}
