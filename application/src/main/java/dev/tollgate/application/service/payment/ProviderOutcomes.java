package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.PaymentProvider;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * What a provider's word about a payment does, whether a notification or a poll brought it: a paid payment is
 * confirmed (recorded once by its external id, so a replay or a notification racing a poll credits once), and only
 * then its checkout is closed, so a crash in between leaves it open for the next poll; an expired one closes its
 * order if that still waits for money.
 */
final class ProviderOutcomes {

    private static final System.Logger LOG = System.getLogger(ProviderOutcomes.class.getName());

    enum Outcome { PAID, EXPIRED, OPEN, IGNORED }

    private final ConfirmPaymentUseCase payments;
    private final PaymentCheckouts checkouts;
    private final OrderRepository orders;
    private final TransactionRunner transactions;
    private final Clock clock;

    ProviderOutcomes(ConfirmPaymentUseCase payments, PaymentCheckouts checkouts, OrderRepository orders,
                     TransactionRunner transactions, Clock clock) {
        this.payments = payments;
        this.checkouts = checkouts;
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome apply(PaymentProvider provider, PaymentGateway.PaymentState state) {
        if (state.state() == PaymentGateway.State.OPEN) {
            return Outcome.OPEN;
        }
        if (state.order().isEmpty()) {
            LOG.log(Level.WARNING, "{0} payment {1} ({2}) names no order of ours; nothing is credited",
                    provider, state.externalId(), state.state());
            transactions.run(() -> checkouts.close(provider, state.externalId(), clock.instant()));
            return Outcome.IGNORED;
        }
        if (state.state() == PaymentGateway.State.PAID) {
            ConfirmPaymentUseCase.Result result = payments.confirm(new ConfirmPaymentUseCase.Command(
                    state.order().get(), provider, state.externalId(), state.amount()));
            if (result instanceof ConfirmPaymentUseCase.Refused refused) {
                LOG.log(Level.WARNING, "{0} payment {1} of {2} was not recorded: {3}", provider, state.externalId(),
                        state.amount(), refused.reason());
            }
            transactions.run(() -> checkouts.close(provider, state.externalId(), clock.instant()));
            return Outcome.PAID;
        }
        try {
            transactions.run(() -> {
                Optional<Order> order = orders.findById(state.order().get());
                if (order.isPresent() && order.get().status().acceptsPayment()) {
                    order.get().cancel();
                    orders.update(order.get());
                    LOG.log(Level.INFO, "order {0} closed: its {1} payment {2} expired unpaid", order.get().id(),
                            provider, state.externalId());
                }
                checkouts.close(provider, state.externalId(), clock.instant());
            });
        } catch (ConcurrentUpdateException raced) {
            // The order moved meanwhile (paid, cancelled): the payment stays open and the next look decides.
            return Outcome.OPEN;
        }
        return Outcome.EXPIRED;
    }
}
