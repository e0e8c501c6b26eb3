package dev.tollgate.adapters.telegram.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.application.contracts.PaymentGatewayContract;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Telegram Stars against the fake Bot API: invoices in XTR without a provider token, refundStarPayment once. */
class StarsGatewayTest extends PaymentGatewayContract {

    static final String TOKEN = "123456:STARS-CONTRACT";
    private static final AtomicInteger CHARGES = new AtomicInteger();

    final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    final Chat chat = chatOn(telegram, TOKEN);
    final StarsGateway gateway = new StarsGateway(chat);

    static Chat chatOn(FakeTelegramBotApi telegram, String token) {
        return new Chat(new OkHttpTelegramClient(token, new TelegramUrl("http", "127.0.0.1", telegram.baseUrl().getPort(),
                false)), new RateLimits(25), chatId -> { });
    }

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
        return Money.of(250, Currency.XTR);
    }

    /** The payer pays the invoice in their chat; the shop hears successful_payment's currency, amount, payload and charge id. */
    static PaymentGateway.PaymentState paidInChat(FakeTelegramBotApi telegram, PaymentGateway.Charge charge) {
        FakeTelegramBotApi.Invoice invoice = telegram.invoices(charge.payer().value()).stream()
                .filter(i -> i.payload().equals(charge.order().toString())).findFirst().orElseThrow();
        String chargeId = "charge-" + CHARGES.incrementAndGet();
        telegram.deliverSuccessfulPayment(new FakeTelegramBotApi.TgUser(charge.payer().value(), "Payer", "en"), invoice,
                chargeId);
        return new PaymentGateway.PaymentState(chargeId, Optional.of(OrderId.parse(invoice.payload())),
                PaymentGateway.State.PAID, TelegramCurrencies.fromTelegram(invoice.currency(), invoice.totalAmount())
                        .orElseThrow());
    }

    @Override
    protected PaymentGateway.PaymentState userPays(PaymentGateway.Charge charge, PaymentGateway.Checkout checkout) {
        assertThat(checkout).isEqualTo(new PaymentGateway.InvoiceSent());
        FakeTelegramBotApi.Call sent = telegram.calls().stream().filter(call -> call.method().equals("sendInvoice"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(sent.parameters()).containsEntry("currency", "XTR").containsEntry("provider_token", "");
        return paidInChat(telegram, charge);
    }

    @Override
    protected PaymentGateway.PaymentState heardAgain(PaymentGateway.PaymentState first) {
        // Telegram redelivers the same successful_payment (same telegram_payment_charge_id) after a lost confirmation.
        return first;
    }

    @org.junit.jupiter.api.Test
    void refund_refusedByTelegram_isReportedWithTelegramsWords() {
        PaymentGateway.Charge charge = charge();
        PaymentGateway.PaymentState paid = userPays(charge, gateway.open(charge));
        telegram.refuseNextRefund("Bad Request: BALANCE_TOO_LOW");

        PaymentGateway.RefundOutcome outcome = gateway.refund(dev.tollgate.domain.payment.Payment.confirmed(
                dev.tollgate.domain.payment.PaymentId.random(), charge.order(), PAYER,
                dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS, paid.externalId(), paid.amount(),
                java.time.Instant.now()));

        assertThat(outcome).isEqualTo(new PaymentGateway.RefundRefused("400 Bad Request: BALANCE_TOO_LOW"));
        assertThat(telegram.refundedCharges()).isEmpty();
        assertThat(List.copyOf(telegram.errors())).isNotEmpty();
    }
}
