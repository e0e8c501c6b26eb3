package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.out.ForgedNotificationException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.TransactionRunner;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;

/**
 * A provider's notifications at its path on the HTTP front: a forged one is refused with 401 and changes nothing; a
 * genuine one is applied (a replay credits nothing again) and answered 200; while the database is away the answer is
 * 503, so the provider delivers it again.
 */
public final class ProviderWebhookService implements ReceiveWebhookUseCase {

    private static final System.Logger LOG = System.getLogger(ProviderWebhookService.class.getName());

    private final PaymentGateway gateway;
    private final ProviderOutcomes outcomes;

    public ProviderWebhookService(PaymentGateway gateway, ConfirmPaymentUseCase payments, PaymentCheckouts checkouts,
                                  OrderRepository orders, TransactionRunner transactions, Clock clock) {
        if (!gateway.capabilities().contains(PaymentGateway.Capability.NOTIFIES_OVER_HTTP)) {
            throw new IllegalArgumentException(gateway.provider() + " sends no HTTP notifications");
        }
        this.gateway = gateway;
        this.outcomes = new ProviderOutcomes(payments, checkouts, orders, transactions, clock);
    }

    @Override
    public String path() {
        return gateway.notificationPath();
    }

    @Override
    public Result receive(Command command) {
        Optional<PaymentGateway.PaymentState> state;
        try {
            state = gateway.read(command.headers(), command.body());
        } catch (ForgedNotificationException e) {
            LOG.log(Level.WARNING, "{0} notification refused: {1}", gateway.provider(), e.getMessage());
            return Result.refused(401, "signature mismatch");
        }
        if (state.isEmpty()) {
            return Result.accepted();
        }
        try {
            outcomes.apply(gateway.provider(), state.get());
        } catch (StoreUnavailableException e) {
            LOG.log(Level.WARNING, "{0} notification for payment {1} waits: the database is away ({2})",
                    gateway.provider(), state.get().externalId(), e.getMessage());
            return Result.refused(503, "try again later");
        }
        return Result.accepted();
    }
}
