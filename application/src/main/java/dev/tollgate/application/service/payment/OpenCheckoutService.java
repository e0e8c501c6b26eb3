package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opens a provider payment for the user's own open order. The provider is called outside any transaction; a pay
 * link's payment is then remembered for the polling fallback (the provider's notification finds the order by its
 * payload even if that write is lost).
 */
public final class OpenCheckoutService implements OpenCheckoutUseCase {

    private static final System.Logger LOG = System.getLogger(OpenCheckoutService.class.getName());

    private final Map<PaymentProvider, PaymentGateway> gateways = new LinkedHashMap<>();
    private final OrderRepository orders;
    private final PaymentCheckouts checkouts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public OpenCheckoutService(List<PaymentGateway> gateways, OrderRepository orders, PaymentCheckouts checkouts,
                               TransactionRunner transactions, Clock clock) {
        gateways.forEach(gateway -> this.gateways.put(gateway.provider(), gateway));
        this.orders = orders;
        this.checkouts = checkouts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Set<PaymentProvider> providers() {
        return new LinkedHashSet<>(gateways.keySet());
    }

    @Override
    public boolean accepts(PaymentProvider provider, Currency currency) {
        PaymentGateway gateway = gateways.get(provider);
        return gateway != null && gateway.accepts(currency);
    }

    @Override
    public Result open(Command command) {
        PaymentGateway gateway = gateways.get(command.provider());
        if (gateway == null) {
            return new Refused(Reason.PROVIDER_NOT_CONFIGURED);
        }
        Optional<Order> found = transactions.inTransaction(() -> orders.findById(command.order()))
                .filter(order -> order.customer().equals(command.user()));
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN_ORDER);
        }
        Order order = found.get();
        Instant now = clock.instant();
        if (!order.status().acceptsPayment() || !order.total().isPositive() || !order.payBy().isAfter(now)) {
            return new Refused(Reason.ORDER_CLOSED);
        }
        if (!gateway.accepts(order.total().currency())) {
            return new Refused(Reason.CURRENCY_NOT_ACCEPTED);
        }
        PaymentGateway.Checkout checkout;
        try {
            checkout = gateway.open(new PaymentGateway.Charge(order.id(), order.customer(), order.total(),
                    command.title(), command.description(), Duration.between(now, order.payBy())));
        } catch (PaymentProviderException e) {
            LOG.log(Level.WARNING, "{0} could not open a payment for order {1}: {2}", command.provider(), order.id(),
                    e.getMessage());
            return new Refused(Reason.PROVIDER_UNAVAILABLE);
        }
        if (checkout instanceof PaymentGateway.PayLink link) {
            try {
                transactions.run(() -> checkouts.open(new PaymentCheckouts.Checkout(command.provider(), link.externalId(),
                        order.id(), now)));
            } catch (DuplicateKeyException known) {
                // The provider answered with a payment we track already (a retried request): nothing to add.
            }
        }
        return new Opened(order.id(), checkout);
    }
}
