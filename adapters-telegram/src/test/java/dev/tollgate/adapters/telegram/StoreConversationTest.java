package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.Invoice;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storefront through the real TelegramModule and the fake Bot API: renew from My subscriptions, promo codes. */
class StoreConversationTest {

    private static final String TOKEN = "42:store-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN)
            .withSettings(s -> s.withCard("6037-0000-1111-2222", "A. Shop", "USD"));
    private final FakeTelegramBotApi telegram = bot.telegram();

    private ChatMessage press(TgUser user, ChatMessage on, String data, String expected) {
        telegram.userPresses(user, on.messageId(), data);
        return telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains(expected)
                && (m.messageId() != on.messageId() || m.edits() > on.edits()), WAIT);
    }

    private Invoice awaitInvoice(TgUser user, int count) {
        for (int i = 0; i < 500 && telegram.invoices(user.id()).size() < count; i++) {
            sleep();
        }
        List<Invoice> invoices = telegram.invoices(user.id());
        assertThat(invoices).hasSize(count);
        return invoices.get(count - 1);
    }

    /** Deliveries go to the core's notifier (recorded, not sent in these tests): the subscription is what counts. */
    private Subscription awaitSubscription(TgUser user) {
        TelegramUserId id = new TelegramUserId(user.id());
        for (int i = 0; i < 500 && shop.subscriptions.findByOwner(id).stream().noneMatch(s -> s.expiresAt().isPresent()); i++) {
            sleep();
        }
        return shop.subscriptions.findByOwner(id).stream().filter(s -> s.expiresAt().isPresent()).findFirst().orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void renew_fromMySubscriptions_keepsTheLinkAndAddsTheTermAfterAPriceShownFirst() {
        TgUser anna = new TgUser(4101, "Anna", "en");
        telegram.userSends(anna, "/start");
        ChatMessage menu = telegram.awaitBotMessage(anna.id(), m -> m.buttonData("Buy a plan").isPresent(), WAIT);
        ChatMessage plan = press(anna, menu, "plan:month", "Choose how to pay");
        press(anna, plan, "stars:month", "Pay the invoice");
        assertThat(telegram.userPaysInvoice(anna, awaitInvoice(anna, 1), WAIT).approved()).isTrue();
        Subscription bought = awaitSubscription(anna);
        telegram.userSends(anna, "/menu");
        ChatMessage delivered = telegram.awaitBotMessage(anna.id(), m -> m.messageId() > menu.messageId()
                && m.buttonData("Buy a plan").isPresent(), WAIT);
        Instant paidUntil = bought.expiresAt().orElseThrow();

        ChatMessage offer = press(anna, delivered, "plan:month", "You already have");
        ChatMessage page = press(anna, offer, "subs", "Your subscriptions");
        assertThat(page.text()).contains("0 %", "used of 50 GB", "Devices: unlimited");
        assertThat(page.buttonTexts()).anySatisfy(t -> assertThat(t).contains("Add to my VPN app"));
        ChatMessage checkout = press(anna, page, "chk:r:" + bought.id(), "Renew Month");
        assertThat(checkout.text()).contains("days you have left are kept");
        press(anna, checkout, "stars:_c", "Pay the invoice");
        Invoice renewal = awaitInvoice(anna, 2);
        telegram.userPresses(anna, checkout.messageId(), "stars:_c");
        Invoice again = awaitInvoice(anna, 3);
        assertThat(again.payload()).isEqualTo(renewal.payload());
        assertThat(telegram.userPaysInvoice(anna, renewal, WAIT).approved()).isTrue();
        for (int i = 0; i < 500 && shop.subscriptions.findById(bought.id()).orElseThrow().expiresAt()
                .orElseThrow().equals(paidUntil); i++) {
            sleep();
        }

        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(anna.id()))).singleElement().satisfies(s -> {
            assertThat(s.credential()).isEqualTo(bought.credential());
            assertThat(s.expiresAt()).contains(paidUntil.plus(Duration.ofDays(30)));
        });
        assertThat(shop.panel.clientCount()).isEqualTo(1);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void promoCode_inPersian_isCheckedWhenTypedAndTheInvoiceCarriesTheDiscount() {
        Instant now = shop.clock.instant();
        shop.discountCodes.insert(DiscountCode.percent(new PromoCode("NOWRUZ"), 20, now, now.plus(Duration.ofDays(13)), 100));
        TgUser sara = new TgUser(4102, "سارا", "fa");
        telegram.userSends(sara, "/start");
        ChatMessage menu = telegram.awaitBotMessage(sara.id(), m -> m.buttonData("خرید").isPresent(), WAIT);
        ChatMessage plan = press(sara, menu, "plan:month", "روش پرداخت");
        ChatMessage ask = press(sara, plan, "chk:pc:month", "کد تخفیف خود را بنویسید");
        telegram.userSends(sara, "nowruz1");
        telegram.awaitBotMessage(sara.id(), m -> m.fromBot() && m.text() != null && m.text().contains("NOWRUZ1")
                && m.text().contains("وجود ندارد"), WAIT);
        telegram.userSends(sara, "nowruz");
        ChatMessage applied = telegram.awaitBotMessage(sara.id(), m -> m.fromBot() && m.text() != null
                && m.text().contains("اعمال شد"), WAIT);
        assertThat(applied.text()).contains("⭐ ۲۵۰ − ⭐ ۵۰", "⭐ ۲۰۰");
        press(sara, applied, "stars:_c", "صورت‌حساب");
        Invoice invoice = awaitInvoice(sara, 1);
        assertThat(invoice.totalAmount()).isEqualTo(200);
        assertThat(telegram.userPaysInvoice(sara, invoice, WAIT).approved()).isTrue();
        awaitSubscription(sara);
        assertThat(shop.discountCodes.find(new PromoCode("NOWRUZ")).orElseThrow().timesUsed()).isEqualTo(1);
        assertThat(ask.messageId()).isPositive();
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void cardReceipt_sentAsAPdf_reachesTheAdminAsADocumentAndASecondReceiptIsNotAdded() {
        TgUser anna = new TgUser(4103, "Anna", "en");
        TgUser admin = new TgUser(TestShop.ADMIN.value(), "Owner", "en");
        telegram.userSends(anna, "/start");
        ChatMessage menu = telegram.awaitBotMessage(anna.id(), m -> m.buttonData("Buy a plan").isPresent(), WAIT);
        ChatMessage plan = press(anna, menu, "plan:month", "Choose how to pay");
        ChatMessage instructions = press(anna, plan, "card:month", "6037-0000-1111-2222");
        assertThat(instructions.buttonData("Cancel this order")).isPresent();
        telegram.userSendsDocument(anna, "%PDF-1.4 receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "receipt.pdf", "application/pdf");
        ChatMessage received = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("Receipt received"), WAIT);
        telegram.userSendsPhoto(anna, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7});
        telegram.awaitBotMessage(anna.id(), m -> m.messageId() > received.messageId() && m.text() != null
                && m.text().contains("already being reviewed"), WAIT);

        AdminAlert.ReceiptToReview alert = shop.alerts.alerts(AdminAlert.ReceiptToReview.class).get(0);
        assertThat(shop.alerts.alerts(AdminAlert.ReceiptToReview.class)).hasSize(1);
        bot.injector().getInstance(AdminAlerts.class).alert(alert);
        for (int i = 0; i < 500 && telegram.documents(admin.id()).isEmpty(); i++) {
            sleep();
        }
        assertThat(telegram.documents(admin.id())).singleElement()
                .satisfies(d -> assertThat(new String(d.content(), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF"));
        ChatMessage review = telegram.messages(admin.id()).get(telegram.messages(admin.id()).size() - 1);
        telegram.userPresses(admin, review.messageId(), review.buttonData("Approve").orElseThrow());
        awaitSubscription(anna);
        assertThat(telegram.errors()).isEmpty();
    }
}
