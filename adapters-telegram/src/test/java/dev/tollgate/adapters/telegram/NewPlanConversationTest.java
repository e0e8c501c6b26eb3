package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.Invoice;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new owner with no plan at all makes the first one in the bot (➕ New plan, one question a message), and a buyer
 * sees it at once and pays it with Stars through the fake Bot API; in English and in Persian (typed with Persian
 * digits). Refusals are asked again, a double tap on Save makes one plan, support staff and strangers make none.
 */
class NewPlanConversationTest {

    private static final String TOKEN = "44:new-plan-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop(false);
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    private ChatMessage send(TgUser user, String text, String expected) {
        telegram.userSends(user, text);
        return telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains(expected), WAIT);
    }

    private ChatMessage press(TgUser user, ChatMessage on, String data, String expected) {
        telegram.userPresses(user, on.messageId(), data);
        return telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains(expected)
                && (m.messageId() != on.messageId() || m.edits() > on.edits()), WAIT);
    }

    /** Presses and waits for the answer to the callback; true when it was a pop-up alert. */
    private boolean pressForAlert(TgUser user, int messageId, String data) {
        String query = telegram.userPresses(user, messageId, data);
        assertThat(telegram.awaitCallbackAnswered(query, WAIT)).as("callback %s answered", data).isTrue();
        return telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery"))
                .filter(c -> query.equals(c.parameters().get("callback_query_id")))
                .anyMatch(c -> "true".equals(c.parameters().get("show_alert")));
    }

    private Subscription awaitSubscription(TelegramUserId user) {
        for (int i = 0; i < 500 && shop.subscriptions.findByOwner(user).stream().noneMatch(s -> s.expiresAt().isPresent()); i++) {
            sleep();
        }
        return shop.subscriptions.findByOwner(user).stream().filter(s -> s.expiresAt().isPresent()).findFirst().orElseThrow();
    }

    private Invoice awaitInvoice(TgUser user) {
        for (int i = 0; i < 500 && telegram.invoices(user.id()).isEmpty(); i++) {
            sleep();
        }
        assertThat(telegram.invoices(user.id())).hasSize(1);
        return telegram.invoices(user.id()).get(0);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void owner_inEnglish_makesTheFirstPlanInTheBotAndABuyerPaysItWithStars() {
        TgUser owner = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
        TgUser buyer = new TgUser(4401, "Anna", "en");
        ChatMessage menu = send(buyer, "/start", "");
        ChatMessage none = press(buyer, menu, "buy", "No plans are on sale");

        ChatMessage office = send(owner, "/admin", "Back office");
        ChatMessage plans = press(owner, office, "aplan", "No plans yet");
        assertThat(plans.buttonData("New plan")).contains("aplnew");
        ChatMessage wizard = press(owner, plans, "aplnew", "step 1 of 7");
        send(owner, "month-50", "step 2 of 7");
        send(owner, "Month · 50 GB", "step 3 of 7");
        send(owner, "a month", "from 1 hour to 3650 days");
        send(owner, "30d", "step 4 of 7");
        send(owner, "50GB", "step 5 of 7");
        ChatMessage prices = send(owner, "2", "step 6 of 7");
        assertThat(pressForAlert(owner, prices.messageId(), "aplnew:pd")).isTrue();
        ChatMessage soFar = send(owner, "250 XTR, 4.99 USD", "Prices so far: ⭐ 250, 4.99 USD");
        ChatMessage servers = press(owner, soFar, soFar.buttonData("Done").orElseThrow(), "step 7 of 7");
        ChatMessage chosen = press(owner, servers, servers.buttonData("de-1").orElseThrow(), "Chosen: de-1");
        ChatMessage summary = press(owner, chosen, chosen.buttonData("Next").orElseThrow(), "check and save");
        assertThat(summary.text()).contains("Month · 50 GB", "30 days", "50 GB", "devices: 2", "⭐ 250, 4.99 USD");
        assertThat(shop.plans.findAll()).isEmpty();

        String save = summary.buttonData("Save and put on sale").orElseThrow();
        telegram.userPresses(owner, summary.messageId(), save);
        boolean secondWasRefused = pressForAlert(owner, summary.messageId(), save);
        ChatMessage card = telegram.awaitBotMessage(owner.id(), m -> m.text().contains("created and on sale"), WAIT);
        assertThat(card.text()).contains("Month · 50 GB", "on sale");
        assertThat(secondWasRefused).isTrue();
        assertThat(shop.plans.findAll()).hasSize(1);
        assertThat(shop.audit.all()).filteredOn(e -> e.action() == AuditAction.PLAN_SAVED).hasSize(1);

        // The id is taken now; /cancel leaves the second attempt without a trace.
        ChatMessage again = press(owner, card, "aplan", "Plans (1)");
        press(owner, again, "aplnew", "step 1 of 7");
        send(owner, "month-50", "month-50 exists already");
        send(owner, "/cancel", "nothing was saved");

        ChatMessage list = press(buyer, none, "buy", "Choose a plan");
        assertThat(list.buttonData("Month · 50 GB")).contains("plan:month-50");
        ChatMessage plan = press(buyer, list, "plan:month-50", "Choose how to pay");
        press(buyer, plan, "stars:month-50", "");
        Invoice invoice = awaitInvoice(buyer);
        assertThat(invoice.totalAmount()).isEqualTo(250);
        assertThat(telegram.userPaysInvoice(buyer, invoice, WAIT).approved()).isTrue();

        Subscription bought = awaitSubscription(new TelegramUserId(buyer.id()));
        assertThat(bought.plan()).contains(new PlanId("month-50"));
        assertThat(bought.quota()).isEqualTo(DataSize.ofGibibytes(50));
        assertThat(shop.panel.client(bought.credential().email())).isPresent();
        assertThat(shop.plans.findAll()).extracting(Plan::id).containsExactly(new PlanId("month-50"));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void owner_inPersian_typesPersianDigitsAndTheBuyerSeesThePlanAndPaysIt() {
        TgUser owner = new TgUser(TestShop.ADMIN.value(), "اولگا", "fa");
        TgUser buyer = new TgUser(4402, "سارا", "fa");

        ChatMessage office = send(owner, "/admin", "پنل مدیریت");
        ChatMessage plans = press(owner, office, "aplan", "هنوز طرحی نیست");
        press(owner, plans, plans.buttonData("طرح تازه").orElseThrow(), "گام ۱ از ۷");
        send(owner, "vip", "گام ۲ از ۷");
        send(owner, "ویژه · ۹۰ روز", "گام ۳ از ۷");
        send(owner, "۹۰ روز", "گام ۴ از ۷");
        send(owner, "نامحدود", "گام ۵ از ۷");
        send(owner, "۲", "گام ۶ از ۷");
        ChatMessage soFar = send(owner, "۴۰۰ XTR", "قیمت‌ها تا اینجا");
        ChatMessage servers = press(owner, soFar, soFar.buttonData("تمام").orElseThrow(), "گام ۷ از ۷");
        ChatMessage chosen = press(owner, servers, servers.buttonData("de-1").orElseThrow(), "انتخاب‌شده: de-1");
        ChatMessage summary = press(owner, chosen, chosen.buttonData("بعدی").orElseThrow(), "بررسی و ذخیره");
        assertThat(summary.text()).contains("ویژه · ۹۰ روز", "نامحدود", "⭐ ۴۰۰");
        press(owner, summary, summary.buttonData("ذخیره و گذاشتن در فروش").orElseThrow(), "در فروش است");

        Plan vip = shop.plans.findById(new PlanId("vip")).orElseThrow();
        assertThat(vip.terms().duration()).isEqualTo(Duration.ofDays(90));
        assertThat(vip.terms().unlimitedTraffic()).isTrue();
        assertThat(vip.terms().deviceLimit()).isEqualTo(2);
        assertThat(vip.prices()).isEqualTo(Map.of(Currency.XTR, Money.of(400, Currency.XTR)));

        ChatMessage menu = send(buyer, "/start", "");
        ChatMessage list = press(buyer, menu, "buy", "یک اشتراک انتخاب کنید");
        ChatMessage plan = press(buyer, list, list.buttonData("ویژه").orElseThrow(), "روش پرداخت");
        press(buyer, plan, "stars:vip", "");
        assertThat(telegram.userPaysInvoice(buyer, awaitInvoice(buyer), WAIT).approved()).isTrue();
        assertThat(awaitSubscription(new TelegramUserId(buyer.id())).plan()).contains(new PlanId("vip"));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void supportStaffAndStrangers_pressingOrTypingTheWizard_makeNoPlanAndLeaveTheAuditAsItWas() {
        TgUser sam = new TgUser(502, "Sam", "en");
        TgUser eve = new TgUser(666, "Eve", "en");
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(sam.id()), StaffRole.SUPPORT));
        List<AuditEntry> before = shop.audit.all();

        ChatMessage samOffice = send(sam, "/admin", "Your role: support");
        ChatMessage eveAnswer = send(eve, "/admin", "did not understand");
        for (String data : new String[] {"aplnew", "aplnew:ok:1", "aplnew:pd", "aplnew:t:0:de-1", "aplnew:sd", "aplan"}) {
            assertThat(pressForAlert(sam, samOffice.messageId(), data)).as(data).isTrue();
            assertThat(pressForAlert(eve, eveAnswer.messageId(), data)).as(data).isTrue();
        }
        send(sam, "month-50", "did not understand");

        assertThat(shop.plans.findAll()).isEmpty();
        assertThat(shop.audit.all()).isEqualTo(before);
        assertThat(telegram.errors()).isEmpty();
    }
}
