package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.Invoice;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Extra traffic bought from a subscription's page through the real TelegramModule and the fake Bot API. */
class TrafficPackConversationTest {

    private static final String TOKEN = "42:pack-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    @BeforeEach
    void packs() {
        Plan month = shop.plans.findById(new PlanId("month")).orElseThrow();
        month.changeTrafficPacks(List.of(
                new TrafficPack(DataSize.ofGibibytes(10), Map.of(Currency.XTR, Money.of(40, Currency.XTR))),
                new TrafficPack(DataSize.ofGibibytes(50), Map.of(Currency.XTR, Money.of(150, Currency.XTR)))));
        shop.plans.update(month);
    }

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

    private Subscription awaitQuota(TelegramUserId user, DataSize quota) {
        for (int i = 0; i < 500 && shop.subscriptions.findByOwner(user).stream().noneMatch(s -> s.quota().equals(quota)
                && s.expiresAt().isPresent()); i++) {
            sleep();
        }
        return shop.subscriptions.findByOwner(user).stream().filter(s -> s.quota().equals(quota)).findFirst().orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Buys the month plan with Stars and opens its page in My subscriptions. */
    private ChatMessage subscribed(TgUser user, String buy, String pay, String subscriptions) {
        telegram.userSends(user, "/start");
        ChatMessage menu = telegram.awaitBotMessage(user.id(), m -> m.buttonData(buy).isPresent(), WAIT);
        ChatMessage plan = press(user, menu, "plan:month", pay);
        press(user, plan, "stars:month", "");
        assertThat(telegram.userPaysInvoice(user, awaitInvoice(user, 1), WAIT).approved()).isTrue();
        awaitQuota(new TelegramUserId(user.id()), DataSize.ofGibibytes(50));
        return press(user, menu, "subs", subscriptions);
    }

    @Test
    void addTraffic_inEnglish_showsThePacksAndTheNewQuotaAndADoubleTapOrASecondPaymentCreditsItOnce() {
        TgUser anna = new TgUser(4201, "Anna", "en");
        TelegramUserId id = new TelegramUserId(anna.id());
        ChatMessage page = subscribed(anna, "Buy a plan", "Choose how to pay", "Your subscriptions");
        Subscription bought = shop.subscriptions.findByOwner(id).get(0);
        assertThat(page.buttonData("Add traffic")).contains("tpk:" + bought.id());

        ChatMessage packs = press(anna, page, "tpk:" + bought.id(), "Choose a pack");
        assertThat(packs.buttonTexts()).anySatisfy(t -> assertThat(t).contains("10 GB", "40"))
                .anySatisfy(t -> assertThat(t).contains("50 GB", "150"));
        ChatMessage checkout = press(anna, packs, "tpk:" + bought.id() + ":0", "Extra traffic for Month");
        assertThat(checkout.text()).contains("Adds 10 GB", "traffic 60 GB");

        press(anna, checkout, "stars:_c", "Pay the invoice");
        Invoice first = awaitInvoice(anna, 2);
        telegram.userPresses(anna, checkout.messageId(), "stars:_c");
        Invoice again = awaitInvoice(anna, 3);
        assertThat(again.payload()).isEqualTo(first.payload());
        assertThat(first.totalAmount()).isEqualTo(40);

        assertThat(telegram.userPaysInvoice(anna, first, WAIT).approved()).isTrue();
        Subscription grown = awaitQuota(id, DataSize.ofGibibytes(60));
        // Telegram may still take a second payment of the same invoice: it goes to the wallet, the pack counts once.
        boolean secondTaken = telegram.userPaysInvoice(anna, again, WAIT).approved();
        for (int i = 0; secondTaken && i < 500 && shop.ledger.wallet(id, Currency.XTR).balance().isZero(); i++) {
            sleep();
        }

        assertThat(shop.subscriptions.findById(bought.id()).orElseThrow().quota()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(grown.credential()).isEqualTo(bought.credential());
        assertThat(grown.expiresAt()).isEqualTo(bought.expiresAt());
        assertThat(shop.panel.client(bought.credential().email()).orElseThrow().quota()).isEqualTo(DataSize.ofGibibytes(60));
        assertThat(shop.orders.findByCustomer(id).stream().filter(o -> o.kind() == OrderKind.TRAFFIC_PACK)).hasSize(1);
        assertThat(shop.ledger.wallet(id, Currency.XTR).balance()).isEqualTo(Money.of(secondTaken ? 40 : 0, Currency.XTR));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void addTraffic_inPersian_isBoughtLikeAPlan() {
        TgUser sara = new TgUser(4202, "سارا", "fa");
        TelegramUserId id = new TelegramUserId(sara.id());
        ChatMessage page = subscribed(sara, "خرید", "روش پرداخت", "اشتراک");
        Subscription bought = shop.subscriptions.findByOwner(id).get(0);
        assertThat(page.buttonData("افزایش حجم")).contains("tpk:" + bought.id());

        ChatMessage packs = press(sara, page, "tpk:" + bought.id(), "یک بسته انتخاب کنید");
        ChatMessage checkout = press(sara, packs, "tpk:" + bought.id() + ":1", "حجم اضافه برای");
        assertThat(checkout.text()).contains("⭐ ۱۵۰");
        press(sara, checkout, "stars:_c", "صورت‌حساب");
        assertThat(telegram.userPaysInvoice(sara, awaitInvoice(sara, 2), WAIT).approved()).isTrue();

        assertThat(awaitQuota(id, DataSize.ofGibibytes(100)).credential()).isEqualTo(bought.credential());
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void trafficReminder_whilePacksAreSold_offersAddTrafficAndAnOldOneAfterThePacksWentSaysThereAreNone() {
        TgUser anna = new TgUser(4203, "Anna", "en");
        TelegramUserId id = new TelegramUserId(anna.id());
        subscribed(anna, "Buy a plan", "Choose how to pay", "Your subscriptions");
        Subscription bought = shop.subscriptions.findByOwner(id).get(0);
        var notifier = bot.injector().getInstance(dev.tollgate.adapters.telegram.notify.TelegramCustomerNotifier.class);

        notifier.notify(id, dev.tollgate.domain.customer.Language.EN, reminder(bought, ReminderKind.TRAFFIC_80_PERCENT));
        ChatMessage low = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("used 80% of your traffic"), WAIT);
        assertThat(low.buttonData("Add traffic")).contains("tpk:" + bought.id());
        assertThat(low.buttonData("Renew")).contains("chk:r:" + bought.id());
        notifier.notify(id, dev.tollgate.domain.customer.Language.RU, new Notice.AccessSuspended(bought.id(),
                Notice.SuspensionReason.TRAFFIC_USED_UP));
        ChatMessage cut = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("Трафик израсходован"), WAIT);
        assertThat(cut.buttonData("Добавить трафик")).contains("tpk:" + bought.id());
        notifier.notify(id, dev.tollgate.domain.customer.Language.EN, reminder(bought, ReminderKind.EXPIRES_IN_3_DAYS));
        ChatMessage ending = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("Your subscription expires on"), WAIT);
        assertThat(ending.buttonData("Add traffic")).as("an expiry reminder").isEmpty();
        assertThat(ending.buttonData("Renew")).isPresent();

        press(anna, low, "tpk:" + bought.id(), "Choose a pack");

        Plan month = shop.plans.findById(new PlanId("month")).orElseThrow();
        month.changeTrafficPacks(List.of());
        shop.plans.update(month);
        ChatMessage stale = press(anna, cut, "tpk:" + bought.id(), "no traffic packs for this subscription");
        assertThat(stale.buttonData("subscriptions")).isPresent();
        notifier.notify(id, dev.tollgate.domain.customer.Language.EN, reminder(bought, ReminderKind.TRAFFIC_95_PERCENT));
        ChatMessage later = telegram.awaitBotMessage(anna.id(), m -> m.text() != null
                && m.text().contains("used 95% of your traffic"), WAIT);
        assertThat(later.buttonData("Add traffic")).as("no packs on sale").isEmpty();
        assertThat(later.buttonData("Renew")).isPresent();
        assertThat(shop.orders.findByCustomer(id).stream().filter(o -> o.kind() == OrderKind.TRAFFIC_PACK)).isEmpty();
        assertThat(telegram.errors()).isEmpty();
    }

    private static Notice.Reminder reminder(Subscription subscription, ReminderKind kind) {
        return new Notice.Reminder(subscription.id(), kind, subscription.expiresAt().orElseThrow(), DataSize.ofGibibytes(10));
    }
}
