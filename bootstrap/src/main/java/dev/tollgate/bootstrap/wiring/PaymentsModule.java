package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.tollgate.application.port.in.CheckCheckoutUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.PollPaymentsUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.payment.CheckCheckoutService;
import dev.tollgate.application.service.payment.OpenCheckoutService;
import dev.tollgate.application.service.payment.PollPaymentsService;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The payment providers' use cases over whatever {@link PaymentGateway}s the adapters bind (none without the bot):
 * opening checkouts, the pre-checkout check, and the job that polls providers for payments whose notification was lost.
 */
public final class PaymentsModule extends AbstractModule {


    public PaymentsModule() {
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), PaymentGateway.class);
    }

    @Provides
    @Singleton
    OpenCheckoutUseCase openCheckout(Set<PaymentGateway> gateways, OrderRepository orders, PaymentCheckouts checkouts,
                                     TransactionRunner transactions, Clock clock) {
        return new OpenCheckoutService(List.copyOf(gateways), orders, checkouts, transactions, clock);
    }

    @Provides
    @Singleton
    CheckCheckoutUseCase checkCheckout(OrderRepository orders) {
        return new CheckCheckoutService(orders);
    }

    @Provides
    @Singleton
    PollPaymentsUseCase pollPayments(Set<PaymentGateway> gateways, ConfirmPaymentUseCase payments,
                                     PaymentCheckouts checkouts, OrderRepository orders, TransactionRunner transactions,
                                     Clock clock) {
        return new PollPaymentsService(List.copyOf(gateways), payments, checkouts, orders, transactions, clock);
    }
}
