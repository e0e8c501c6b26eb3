package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.payment.ProviderWebhookService;
import dev.tollgate.domain.payment.PaymentProvider;
import java.time.Clock;
import java.util.Set;

/** CryptoBot's webhook on the HTTP front (installed when CryptoBot is configured with the bot). */
public final class ProviderWebhooksModule extends AbstractModule {

    @ProvidesIntoSet
    ReceiveWebhookUseCase cryptoBotWebhook(Set<PaymentGateway> gateways, ConfirmPaymentUseCase payments,
                                           PaymentCheckouts checkouts, OrderRepository orders,
                                           TransactionRunner transactions, Clock clock) {
        PaymentGateway cryptoBot = gateways.stream().filter(g -> g.provider() == PaymentProvider.CRYPTO_BOT).findFirst()
                .orElseThrow(() -> new IllegalStateException("CryptoBot is configured but no gateway is bound"));
        return new ProviderWebhookService(cryptoBot, payments, checkouts, orders, transactions, clock);
    }
}
