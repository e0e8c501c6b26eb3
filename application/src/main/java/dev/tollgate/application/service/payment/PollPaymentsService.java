package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PollPaymentsUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.application.port.out.TransactionRunner;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asks every provider that can look payments up about its open payments and applies what it says. */
public final class PollPaymentsService implements PollPaymentsUseCase {

    private static final System.Logger LOG = System.getLogger(PollPaymentsService.class.getName());

    private final List<PaymentGateway> gateways;
    private final PaymentCheckouts checkouts;
    private final TransactionRunner transactions;
    private final ProviderOutcomes outcomes;
    private final java.util.Set<dev.tollgate.domain.payment.PaymentProvider> unanswered =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    public PollPaymentsService(List<PaymentGateway> gateways, ConfirmPaymentUseCase payments, PaymentCheckouts checkouts,
                               OrderRepository orders, TransactionRunner transactions, Clock clock) {
        this.gateways = gateways.stream()
                .filter(gateway -> gateway.capabilities().contains(PaymentGateway.Capability.LOOK_UP)).toList();
        this.checkouts = checkouts;
        this.transactions = transactions;
        this.outcomes = new ProviderOutcomes(payments, checkouts, orders, transactions, clock);
    }

    @Override
    public Result poll(Command command) {
        int paid = 0;
        int expired = 0;
        int open = 0;
        int unavailable = 0;
        for (PaymentGateway gateway : gateways) {
            List<PaymentCheckouts.Checkout> pending = transactions.inTransaction(
                    () -> checkouts.findOpen(gateway.provider(), command.batch()));
            if (pending.isEmpty()) {
                continue;
            }
            Map<String, PaymentGateway.PaymentState> states;
            try {
                states = gateway.lookUp(pending.stream().map(PaymentCheckouts.Checkout::externalId).toList()).stream()
                        .collect(Collectors.toMap(PaymentGateway.PaymentState::externalId, Function.identity(),
                                (a, b) -> a));
            } catch (PaymentProviderException e) {
                // Said once while it lasts: the next runs try again quietly until the provider answers.
                LOG.log(unanswered.add(gateway.provider()) ? Level.WARNING : Level.DEBUG,
                        "{0} did not answer the look-up of {1} open payments: {2}", gateway.provider(), pending.size(),
                        e.getMessage());
                unavailable++;
                continue;
            }
            if (unanswered.remove(gateway.provider())) {
                LOG.log(Level.INFO, "{0} answers look-ups again", gateway.provider());
            }
            for (PaymentCheckouts.Checkout checkout : pending) {
                PaymentGateway.PaymentState state = states.get(checkout.externalId());
                if (state == null) {
                    // The provider does not know it (deleted on its side): nothing can arrive for it any more.
                    LOG.log(Level.WARNING, "{0} no longer knows payment {1} of order {2}; it is closed",
                            gateway.provider(), checkout.externalId(), checkout.order());
                    state = new PaymentGateway.PaymentState(checkout.externalId(), java.util.Optional.of(checkout.order()),
                            PaymentGateway.State.EXPIRED, dev.tollgate.domain.shared.Money.zero(
                                    dev.tollgate.domain.shared.Currency.XTR));
                }
                switch (outcomes.apply(gateway.provider(), state)) {
                    case PAID -> paid++;
                    case EXPIRED -> expired++;
                    case OPEN -> open++;
                    case IGNORED -> { }
                }
            }
        }
        return new Result(paid, expired, open, unavailable);
    }
}
