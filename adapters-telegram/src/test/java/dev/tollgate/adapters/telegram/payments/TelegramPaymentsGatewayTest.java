package dev.tollgate.adapters.telegram.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.application.contracts.PaymentGatewayContract;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Telegram Payments provider token against the fake Bot API: invoices in the configured currency, nothing asked. */
class TelegramPaymentsGatewayTest extends PaymentGatewayContract {

    static final String TOKEN = "123456:PROVIDER-CONTRACT";
    static final String PROVIDER_TOKEN = "284685063:TEST:ZmFrZS1wcm92aWRlcg";

    final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    final TelegramPaymentsGateway gateway = new TelegramPaymentsGateway(StarsGatewayTest.chatOn(telegram, TOKEN),
            PROVIDER_TOKEN, Set.of(Currency.USD, Currency.EUR, Currency.IRR, Currency.XTR));

    @AfterEach
    void stop() {
        telegram.close();
    }

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
        assertThat(checkout).isEqualTo(new PaymentGateway.InvoiceSent());
        return StarsGatewayTest.paidInChat(telegram, charge);
    }

    @Override
    protected PaymentGateway.PaymentState heardAgain(PaymentGateway.PaymentState first) {
        return first;
    }

    @Test
    void open_sendsTheInvoiceWithTheProviderToken_inSmallestUnits_askingForNothingElse() {
        gateway.open(charge());

        FakeTelegramBotApi.Call sent = telegram.calls().stream().filter(call -> call.method().equals("sendInvoice"))
                .findFirst().orElseThrow();
        assertThat(sent.parameters()).containsEntry("provider_token", PROVIDER_TOKEN).containsEntry("currency", "USD")
                .containsEntry("need_name", "false").containsEntry("need_phone_number", "false")
                .containsEntry("need_email", "false").containsEntry("need_shipping_address", "false")
                .containsEntry("is_flexible", "false");
        assertThat(sent.parameters().get("prices")).contains("\"amount\":499");
        assertThat(telegram.invoices(PAYER.value())).singleElement()
                .satisfies(invoice -> assertThat(invoice.totalAmount()).isEqualTo(499));
    }

    @Test
    void accepts_onlyConfiguredCurrenciesTelegramSupports_neverStarsOrRials() {
        assertThat(gateway.accepts(Currency.EUR)).isTrue();
        assertThat(gateway.accepts(Currency.RUB)).isFalse();
        assertThat(gateway.accepts(Currency.IRR)).isFalse();
        assertThat(gateway.accepts(Currency.XTR)).isFalse();
        assertThatThrownBy(() -> new TelegramPaymentsGateway(StarsGatewayTest.chatOn(telegram, TOKEN), " ", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
