package dev.tollgate.adapters.telegram.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.testing.FakeCryptoPay;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestBot;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.PollPaymentsUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The providers end to end through the real TelegramModule over the fake Bot API and the fake Crypto Pay API: the
 * checkout buttons, a Telegram Payments invoice in USD, a CryptoBot pay link paid by webhook or by poll, the
 * pre-checkout checks with their true reasons, a mismatched payment kept in the wallet, and Stars refunds.
 */
class ProviderPaymentsBotTest {

    private static final String TOKEN = "77:provider-payments";
    private static final String CRYPTO_TOKEN = "31337:AAprovider-payments-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    private FakeTelegramBotApi telegram;
    private FakeCryptoPay cryptoPay;
    private LifecycleService bot;
    private CryptoBotGateway cryptoBot;

    @BeforeEach
    void start() {
        telegram = FakeTelegramBotApi.start(TOKEN);
        cryptoPay = FakeCryptoPay.start(CRYPTO_TOKEN, Clock.systemUTC());
        Injector injector = TestBot.injector(shop, TestBot.settings(telegram, TOKEN));
        Chat chat = injector.getInstance(Chat.class);
        cryptoBot = new CryptoBotGateway(cryptoPay.api(), CRYPTO_TOKEN, Set.of(Currency.USD), "", "/payments/cryptobot");
        shop.gateways.addAll(List.of(new StarsGateway(chat),
                new TelegramPaymentsGateway(chat, "284685063:TEST:provider", Set.of(Currency.USD)), cryptoBot));
        bot = injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })).iterator().next();
        bot.start();
    }

    @AfterEach
    void stop() {
        bot.stop();
        telegram.close();
        cryptoPay.close();
    }

    private ChatMessage await(TgUser user, Predicate<ChatMessage> condition) {
        return telegram.awaitBotMessage(user.id(), condition, WAIT);
    }

    private ChatMessage planScreen(TgUser user) {
        telegram.userSends(user, "/start");
        ChatMessage menu = await(user, m -> m.buttonData("Buy a plan").isPresent());
        telegram.userPresses(user, menu.messageId(), "buy");
        ChatMessage list = await(user, m -> m.buttonData("Month").isPresent());
        telegram.userPresses(user, list.messageId(), list.buttonData("Month").orElseThrow());
        return await(user, m -> m.buttonData("CryptoBot").isPresent());
    }

    private Order onlyOrder(TgUser user) {
        List<Order> orders = shop.orders.findByCustomer(new TelegramUserId(user.id()));
        assertThat(orders).hasSize(1);
        return orders.get(0);
    }

    private void awaitStatus(TgUser user, OrderStatus status) {
        Instant deadline = Instant.now().plus(WAIT);
        while (onlyOrder(user).status() != status) {
            assertThat(Instant.now()).as("order of %s reaches %s", user, status).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private FakeTelegramBotApi.Invoice invoiceByCard(TgUser user) {
        ChatMessage plan = planScreen(user);
        assertThat(plan.buttonTexts()).contains("💳 Pay 4.99 USD by card", "🪙 Pay 4.99 USD with CryptoBot");
        telegram.userPresses(user, plan.messageId(), plan.buttonData("by card").orElseThrow());
        await(user, m -> m.text() != null && m.text().contains("Pay the invoice below"));
        Instant deadline = Instant.now().plus(WAIT);
        while (telegram.invoices(user.id()).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.onSpinWait();
        }
        return telegram.invoices(user.id()).get(0);
    }

    @Test
    void telegramPayments_aUsdInvoicePaidInTheChat_deliversThePlan_andARedeliveryCreditsNothing() {
        TgUser ann = new TgUser(8101, "Ann", "en");
        FakeTelegramBotApi.Invoice invoice = invoiceByCard(ann);
        assertThat(invoice.currency()).isEqualTo("USD");
        assertThat(invoice.totalAmount()).isEqualTo(499);

        FakeTelegramBotApi.PaymentOutcome paid = telegram.userPaysInvoice(ann, invoice, WAIT);
        assertThat(paid.approved()).isTrue();
        awaitStatus(ann, OrderStatus.FULFILLED);
        telegram.deliverSuccessfulPayment(ann, invoice, paid.chargeId());
        telegram.userSends(ann, "/help");
        await(ann, m -> m.text() != null && m.text().contains("How it works"));

        assertThat(shop.payments.findByOrder(onlyOrder(ann).id())).singleElement()
                .satisfies(p -> assertThat(p.provider()).isEqualTo(PaymentProvider.TELEGRAM_PAYMENTS));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void preCheckout_withAnotherAmountOrCurrency_isRefusedWithTheTrueReason_andChargesNothing() {
        TgUser bob = new TgUser(8102, "Bob", "en");
        FakeTelegramBotApi.Invoice invoice = invoiceByCard(bob);

        FakeTelegramBotApi.PaymentOutcome lower = telegram.userPaysInvoice(bob, new FakeTelegramBotApi.Invoice(
                invoice.chatId(), invoice.messageId(), invoice.title(), invoice.payload(), "USD", 100), WAIT);
        FakeTelegramBotApi.PaymentOutcome euros = telegram.userPaysInvoice(bob, new FakeTelegramBotApi.Invoice(
                invoice.chatId(), invoice.messageId(), invoice.title(), invoice.payload(), "EUR", 499), WAIT);
        FakeTelegramBotApi.PaymentOutcome kwd = telegram.userPaysInvoice(bob, new FakeTelegramBotApi.Invoice(
                invoice.chatId(), invoice.messageId(), invoice.title(), invoice.payload(), "KWD", 4990), WAIT);

        assertThat(lower.approved()).isFalse();
        assertThat(lower.errorMessage()).contains("amount");
        assertThat(euros.approved()).isFalse();
        assertThat(euros.errorMessage()).contains("currency");
        assertThat(kwd.approved()).isFalse();
        assertThat(kwd.errorMessage()).contains("currency");
        assertThat(onlyOrder(bob).status()).isEqualTo(OrderStatus.CREATED);
        assertThat(shop.payments.findByOrder(onlyOrder(bob).id())).isEmpty();
    }

    @Test
    void successfulPayment_thatDoesNotFitTheOrder_goesToTheWallet_alertsTheAdmins_andTellsTheTrueReason() {
        TgUser cat = new TgUser(8103, "Cat", "en");
        FakeTelegramBotApi.Invoice invoice = invoiceByCard(cat);

        telegram.deliverSuccessfulPayment(cat, new FakeTelegramBotApi.Invoice(invoice.chatId(), invoice.messageId(),
                invoice.title(), invoice.payload(), "USD", 300), "tg-mismatch-1");

        Instant deadline = Instant.now().plus(WAIT);
        while (shop.notifier.sent(Notice.RefundedToWallet.class).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.onSpinWait();
        }
        assertThat(shop.notifier.sent(Notice.RefundedToWallet.class)).singleElement()
                .satisfies(n -> assertThat(n.reason()).isEqualTo(Notice.RefundReason.PAYMENT_MISMATCH));
        assertThat(shop.ledger.wallet(new TelegramUserId(cat.id()), Currency.USD).balance())
                .isEqualTo(Money.of(300, Currency.USD));
        assertThat(shop.alerts.alerts(AdminAlert.PaymentMismatch.class)).singleElement()
                .satisfies(a -> assertThat(a.received()).isEqualTo(Money.of(300, Currency.USD)));
        assertThat(onlyOrder(cat).status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void cryptoBot_payLinkPaidAndItsWebhookReplayed_deliversThePlanOnce() {
        TgUser dan = new TgUser(8104, "Dan", "en");
        ChatMessage plan = planScreen(dan);
        telegram.userPresses(dan, plan.messageId(), plan.buttonData("CryptoBot").orElseThrow());
        ChatMessage link = await(dan, m -> m.text() != null && m.text().contains("CryptoBot invoice"));
        String url = link.replyMarkup().path("inline_keyboard").get(0).get(0).path("url").asText();
        assertThat(url).startsWith("https://t.me/CryptoTestnetBot?start=");
        long invoiceId = cryptoPay.invoices().get(0).path("invoice_id").asLong();

        ReceiveWebhookUseCase webhook = shop.webhookOf(cryptoBot);
        FakeCryptoPay.Delivery paid = cryptoPay.pay(invoiceId);
        assertThat(webhook.receive(new ReceiveWebhookUseCase.Command(paid.headers(), paid.body())).status()).isEqualTo(200);
        FakeCryptoPay.Delivery again = cryptoPay.redeliver(invoiceId);
        assertThat(webhook.receive(new ReceiveWebhookUseCase.Command(again.headers(), again.body())).status()).isEqualTo(200);
        FakeCryptoPay.Delivery forged = cryptoPay.forged(paid.body());
        assertThat(webhook.receive(new ReceiveWebhookUseCase.Command(forged.headers(), forged.body())).status())
                .isEqualTo(401);

        assertThat(onlyOrder(dan).status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(shop.payments.findByOrder(onlyOrder(dan).id())).singleElement()
                .satisfies(p -> assertThat(p.externalId()).isEqualTo(Long.toString(invoiceId)));
        assertThat(shop.panel.clientCount()).isEqualTo(1);
    }

    @Test
    void cryptoBot_webhookLost_thePollCreditsTheTopUp_andAnExpiredInvoiceClosesItsOrder() {
        TgUser eve = new TgUser(8105, "Eve", "en");
        telegram.userSends(eve, "/start");
        ChatMessage menu = await(eve, m -> m.buttonData("Wallet").isPresent());
        telegram.userPresses(eve, menu.messageId(), menu.buttonData("Wallet").orElseThrow());
        ChatMessage wallet = await(eve, m -> m.buttonData("CryptoBot").isPresent());
        assertThat(wallet.buttonTexts()).contains("🪙 Pay 10.00 USD with CryptoBot", "💳 Pay 10.00 USD by card");
        telegram.userPresses(eve, wallet.messageId(), wallet.buttonData("10.00 USD with CryptoBot").orElseThrow());
        await(eve, m -> m.text() != null && m.text().contains("CryptoBot invoice"));
        assertThat(shop.checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10)).hasSize(1);
        long first = cryptoPay.invoices().get(0).path("invoice_id").asLong();
        cryptoPay.pay(first);

        PollPaymentsUseCase.Result polled = shop.pollPayments.poll(new PollPaymentsUseCase.Command(100));

        assertThat(polled).as("%s / %s / %s", shop.checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10), cryptoPay.invoices(),
                shop.orders.findByCustomer(new TelegramUserId(eve.id())).get(0).total()).isEqualTo(
                new PollPaymentsUseCase.Result(1, 0, 0, 0));
        assertThat(shop.ledger.wallet(new TelegramUserId(eve.id()), Currency.USD).balance())
                .isEqualTo(Money.of(1_000, Currency.USD));

        telegram.userPresses(eve, wallet.messageId(), wallet.buttonData("25.00 USD with CryptoBot").orElseThrow());
        Instant deadline = Instant.now().plus(WAIT);
        // The bot records the invoice right after CryptoBot creates it: wait for that record, as a poll would.
        while (shop.checkouts.findOpen(PaymentProvider.CRYPTO_BOT, 10).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.onSpinWait();
        }
        cryptoPay.expire(cryptoPay.invoices().get(1).path("invoice_id").asLong());
        assertThat(shop.pollPayments.poll(new PollPaymentsUseCase.Command(100)).expired()).isEqualTo(1);
        assertThat(shop.orders.findByCustomer(new TelegramUserId(eve.id()))).extracting(Order::status)
                .containsExactlyInAnyOrder(OrderStatus.FULFILLED, OrderStatus.CANCELLED);
        assertThat(shop.pollPayments.poll(new PollPaymentsUseCase.Command(100))).isEqualTo(
                new PollPaymentsUseCase.Result(0, 0, 0, 0));
    }

    @Test
    void starsRefund_backThroughTelegram_isRecordedOnce_andARefusalLeavesTheOrderPaid() {
        TgUser fay = new TgUser(8106, "Fay", "en");
        ChatMessage plan = planScreen(fay);
        telegram.userPresses(fay, plan.messageId(), plan.buttonData("Stars").orElseThrow());
        Instant deadline = Instant.now().plus(WAIT);
        while (telegram.invoices(fay.id()).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.onSpinWait();
        }
        FakeTelegramBotApi.PaymentOutcome paid = telegram.userPaysInvoice(fay, telegram.invoices(fay.id()).get(0), WAIT);
        awaitStatus(fay, OrderStatus.FULFILLED);
        Order order = onlyOrder(fay);
        RefundOrderUseCase.Command toStars = new RefundOrderUseCase.Command(TestShop.ADMIN, order.id(), true,
                RefundOrderUseCase.Destination.PROVIDER);

        telegram.refuseNextRefund("Bad Request: BALANCE_TOO_LOW");
        assertThat(shop.refundOrder.refund(toStars)).isEqualTo(new RefundOrderUseCase.ProviderRefused(
                PaymentProvider.TELEGRAM_STARS, "400 Bad Request: BALANCE_TOO_LOW"));
        assertThat(shop.orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(shop.checkouts.findOpen(PaymentProvider.TELEGRAM_STARS, 10)).isEmpty();

        assertThat(shop.refundOrder.refund(toStars)).isEqualTo(new RefundOrderUseCase.RefundedByProvider(
                Money.of(250, Currency.XTR), PaymentProvider.TELEGRAM_STARS));
        assertThat(shop.refundOrder.refund(toStars)).isEqualTo(new RefundOrderUseCase.Refused(
                RefundOrderUseCase.Reason.ALREADY_REFUNDED));
        assertThat(shop.refundOrder.refund(new RefundOrderUseCase.Command(TestShop.ADMIN, order.id(), false)))
                .isEqualTo(new RefundOrderUseCase.Refused(RefundOrderUseCase.Reason.ALREADY_REFUNDED));

        assertThat(telegram.refundedCharges()).containsExactly(paid.chargeId());
        assertThat(telegram.calls("refundStarPayment")).isEqualTo(2);
        assertThat(shop.ledger.wallet(new TelegramUserId(fay.id()), Currency.XTR).balance()).isEqualTo(Money.zero(Currency.XTR));
        assertThat(shop.notifier.sent(Notice.RefundedToProvider.class)).hasSize(1);
        assertThat(shop.orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void starsRefund_whoseRecordWasLostAfterTelegramRefunded_blocksAWalletRefund_andIsRecordedOnceWhenAskedAgain() {
        TgUser gus = new TgUser(8107, "Gus", "en");
        ChatMessage plan = planScreen(gus);
        telegram.userPresses(gus, plan.messageId(), plan.buttonData("Stars").orElseThrow());
        Instant deadline = Instant.now().plus(WAIT);
        while (telegram.invoices(gus.id()).isEmpty()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.onSpinWait();
        }
        FakeTelegramBotApi.PaymentOutcome paid = telegram.userPaysInvoice(gus, telegram.invoices(gus.id()).get(0), WAIT);
        awaitStatus(gus, OrderStatus.FULFILLED);
        Order order = onlyOrder(gus);
        // Telegram refunds, and the app stops before it records that: the charge is refunded, the order still paid.
        PaymentGateway stars = shop.gateways.get(0);
        shop.gateways.set(0, new PaymentGateway() {
            @Override
            public PaymentProvider provider() {
                return stars.provider();
            }

            @Override
            public boolean accepts(Currency currency) {
                return stars.accepts(currency);
            }

            @Override
            public Set<Capability> capabilities() {
                return stars.capabilities();
            }

            @Override
            public Checkout open(Charge charge) {
                return stars.open(charge);
            }

            @Override
            public RefundOutcome refund(dev.tollgate.domain.payment.Payment payment) {
                stars.refund(payment);
                throw new IllegalStateException("the app stopped before it recorded the refund");
            }
        });
        RefundOrderUseCase.Command toStars = new RefundOrderUseCase.Command(TestShop.ADMIN, order.id(), false,
                RefundOrderUseCase.Destination.PROVIDER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> shop.refundOrder.refund(toStars))
                .isInstanceOf(IllegalStateException.class);
        shop.gateways.set(0, stars);

        // A refund to the wallet now would pay twice: it is refused until the provider is asked again.
        assertThat(shop.refundOrder.refund(new RefundOrderUseCase.Command(TestShop.ADMIN, order.id(), false)))
                .isEqualTo(new RefundOrderUseCase.Refused(RefundOrderUseCase.Reason.PROVIDER_REFUND_IN_FLIGHT));
        RefundOrderUseCase.Result again = shop.refundOrder.refund(toStars);

        assertThat(again).isEqualTo(new RefundOrderUseCase.RefundedByProvider(Money.of(250, Currency.XTR),
                PaymentProvider.TELEGRAM_STARS));
        assertThat(telegram.refundedCharges()).containsExactly(paid.chargeId());
        assertThat(shop.orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(shop.ledger.wallet(new TelegramUserId(gus.id()), Currency.XTR).balance()).isEqualTo(Money.zero(Currency.XTR));
    }
}
