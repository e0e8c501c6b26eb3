package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.PaymentGatewayContract;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.Set;

class InMemoryPaymentGatewayTest extends PaymentGatewayContract {

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway(PaymentProvider.CRYPTO_BOT, Set.of(Currency.USD));

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected Money price() {
        return Money.of(499, Currency.USD);
    }

    @Override
    protected PaymentGateway.PaymentState userPays(PaymentGateway.Charge charge, PaymentGateway.Checkout checkout) {
        InMemoryPaymentGateway.Notification sent = gateway.pay(((PaymentGateway.PayLink) checkout).externalId());
        return gateway.read(sent.headers(), sent.body()).orElseThrow();
    }

    @Override
    protected PaymentGateway.PaymentState heardAgain(PaymentGateway.PaymentState first) {
        InMemoryPaymentGateway.Notification again = gateway.notification(first.externalId());
        return gateway.read(again.headers(), again.body()).orElseThrow();
    }

    @Override
    protected Notification notificationOf(PaymentGateway.PaymentState paid) {
        InMemoryPaymentGateway.Notification sent = gateway.notification(paid.externalId());
        return new Notification(sent.headers(), sent.body());
    }
}
