package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scripted customer care over the fake Bot API: the owner finds a customer by @username or name, bans them (who
 * then gets one answer to anything and no trial), suspends and resumes a subscription; support staff and strangers
 * forging the same presses change nothing, the audit log included.
 */
class CustomerCareConversationTest {

    private static final String TOKEN = "44:care-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser ZAHRA = new TgUser(501, "Zahra", "fa", "zahra_k", "Karimi");
    private static final TgUser SAM = new TgUser(502, "Sam", "en");
    private static final TgUser EVE = new TgUser(666, "Eve", "en");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    @Test
    void owner_findsACustomerByNameAndBansThem_whoThenGetsOneAnswerToAnythingAndNoTrial() {
        telegram.userSends(ZAHRA, "/start");
        telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot(), WAIT);

        telegram.userSends(OWNER, "/find karimi");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Customer 501"), WAIT);
        assertThat(card.text()).contains("Telegram: @zahra_k · Zahra Karimi");
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Ban from the shop").orElseThrow());
        ChatMessage confirm = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId()
                && m.text().contains("Ban customer 501"), WAIT);
        telegram.userPresses(OWNER, confirm.messageId(), confirm.buttonData("Yes, ban").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId()
                && m.text().contains("banned from the shop since"), WAIT);

        int before = telegram.messages(ZAHRA.id()).size();
        telegram.userSends(ZAHRA, "/start");
        ChatMessage answer = telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot() && m.text().contains("محروم"), WAIT);
        String pressed = telegram.userPresses(ZAHRA, answer.messageId(), "trial");
        bot.awaitAnswered(pressed);
        telegram.userSends(ZAHRA, "/buy");
        telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot() && m.text().contains("محروم")
                && telegram.messages(ZAHRA.id()).size() >= before + 4, WAIT);

        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(ZAHRA.id()))).isEmpty();
        assertThat(shop.orders.findByCustomer(new TelegramUserId(ZAHRA.id()))).isEmpty();
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery")
                && pressed.equals(c.parameters().get("callback_query_id"))))
                .singleElement().satisfies(c -> assertThat(c.parameters().get("text")).contains("محروم"));
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.CUSTOMER_BANNED);

        // Appointed to the staff later, the banned customer still reaches the back office.
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(ZAHRA.id()),
                StaffRole.SUPPORT));
        telegram.userSends(ZAHRA, "/admin");
        telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot() && m.replyMarkup() != null
                && m.replyMarkup().toString().contains("\"callback_data\":\"users\""), WAIT);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void owner_suspendsAndResumesASubscription_theClientIsCutAndRestoredOnThePanel() {
        shop.grantAccess.grant(new GrantAccessUseCase.Command(TestShop.ADMIN, customer(), new PlanId("month"), null));
        Subscription granted = shop.subscriptions.findByOwner(new TelegramUserId(ZAHRA.id())).get(0);
        telegram.userSends(OWNER, "/find @zahra_k");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Customer 501"), WAIT);

        telegram.userPresses(OWNER, card.messageId(), "usub:v:" + granted.id().value());
        ChatMessage panel = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId()
                && m.buttonData("Suspend").isPresent(), WAIT);
        telegram.userPresses(OWNER, panel.messageId(), panel.buttonData("Suspend").orElseThrow());
        ChatMessage confirm = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId()
                && m.text().contains("Suspend subscription"), WAIT);
        String confirmData = confirm.buttonData("Confirm").orElseThrow();
        telegram.userPresses(OWNER, confirm.messageId(), confirmData);
        bot.awaitAnswered(telegram.userPresses(OWNER, confirm.messageId(), confirmData));
        ChatMessage suspended = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId()
                && m.buttonData("Resume").isPresent(), WAIT);
        assertThat(subscription(granted).status()).isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(enabledOnPanel(granted)).isFalse();

        telegram.userPresses(OWNER, suspended.messageId(), suspended.buttonData("Resume").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId() && m.text().contains("Resumed"), WAIT);

        assertThat(subscription(granted).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(enabledOnPanel(granted)).isTrue();
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.ACCESS_GRANTED,
                AuditAction.ACCESS_SUSPENDED, AuditAction.ACCESS_RESUMED);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void forgedCarePresses_bySupportAndStrangers_changeNothingNorTheAudit() {
        shop.grantAccess.grant(new GrantAccessUseCase.Command(TestShop.ADMIN, customer(), new PlanId("month"), null));
        Subscription granted = shop.subscriptions.findByOwner(new TelegramUserId(ZAHRA.id())).get(0);
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM.id()),
                StaffRole.SUPPORT));
        List<AuditEntry> before = shop.audit.all();
        telegram.userSends(SAM, "/find 501");
        ChatMessage samCard = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Customer 501"), WAIT);
        telegram.userSends(EVE, "/find 501");
        ChatMessage eveAnswer = telegram.awaitBotMessage(EVE.id(), m -> m.text().contains("did not understand"), WAIT);

        String sub = granted.id().value().toString();
        String[] forged = {"users:bb:501", "users:ub:501", "usub:s:" + sub, "usub:ok", "usub:u:" + sub, "usub:z:" + sub,
                "usub:ok", "usub:d:" + sub + ":90", "usub:ok", "users:rr:" + sub + ":501"};
        for (String data : forged) {
            bot.awaitAnswered(telegram.userPresses(SAM, samCard.messageId(), data));
            bot.awaitAnswered(telegram.userPresses(EVE, eveAnswer.messageId(), data));
        }

        Subscription after = subscription(granted);
        assertThat(after.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(after.expiresAt()).isEqualTo(granted.expiresAt());
        assertThat(enabledOnPanel(granted)).isTrue();
        assertThat(shop.customers.findById(customer()).orElseThrow().banned()).isFalse();
        assertThat(shop.audit.all()).isEqualTo(before);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void owner_addsTypedDaysAndTrafficAndResetsTraffic_eachConfirmedOnceOnThePanel() {
        shop.grantAccess.grant(new GrantAccessUseCase.Command(TestShop.ADMIN, customer(), new PlanId("month"), null));
        Subscription granted = shop.subscriptions.findByOwner(new TelegramUserId(ZAHRA.id())).get(0);
        shop.panel.addTraffic(granted.credential().email(), 0, 3L << 30);
        telegram.userSends(OWNER, "/find 501");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Customer 501"), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("⚙️").orElseThrow());
        ChatMessage panel = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId()
                && m.buttonData("Other days").isPresent(), WAIT);

        telegram.userPresses(OWNER, panel.messageId(), panel.buttonData("Other days").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("How many days"), WAIT);
        telegram.userSends(OWNER, "twelve");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("from 1 to 3650"), WAIT);
        telegram.userSends(OWNER, "12");
        ChatMessage confirmDays = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Add 12 days"), WAIT);
        String confirm = confirmDays.buttonData("Confirm").orElseThrow();
        telegram.userPresses(OWNER, confirmDays.messageId(), confirm);
        bot.awaitAnswered(telegram.userPresses(OWNER, confirmDays.messageId(), confirm));
        ChatMessage extended = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == confirmDays.messageId()
                && m.text().contains("12 days added"), WAIT);
        assertThat(subscription(granted).expiresAt()).contains(granted.expiresAt().orElseThrow().plus(Duration.ofDays(12)));

        telegram.userPresses(OWNER, extended.messageId(), extended.buttonData("Add GB").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("How many GB"), WAIT);
        telegram.userSends(OWNER, "25");
        ChatMessage confirmGb = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Add 25 GB"), WAIT);
        telegram.userPresses(OWNER, confirmGb.messageId(), confirmGb.buttonData("Confirm").orElseThrow());
        ChatMessage grown = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == confirmGb.messageId()
                && m.text().contains("25 GB added"), WAIT);
        assertThat(shop.panel.client(granted.credential().email()).orElseThrow().quota())
                .isEqualTo(granted.quota().plus(dev.tollgate.domain.shared.DataSize.ofGibibytes(25)));

        telegram.userPresses(OWNER, grown.messageId(), grown.buttonData("Reset traffic").orElseThrow());
        ChatMessage confirmReset = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == grown.messageId()
                && m.text().contains("Reset the traffic"), WAIT);
        telegram.userPresses(OWNER, confirmReset.messageId(), confirmReset.buttonData("Confirm").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == grown.messageId() && m.text().contains("Traffic reset"), WAIT);
        assertThat(shop.panel.usage(shop.panel.client(granted.credential().email()).orElseThrow()).total().bytes()).isZero();

        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.ACCESS_GRANTED,
                AuditAction.ACCESS_EXTENDED, AuditAction.ACCESS_EXTENDED, AuditAction.TRAFFIC_RESET);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void owner_changesAPlansRenewalAndMenuPosition_andTheStorefrontListFollows() {
        shop.plans.insert(dev.tollgate.domain.plan.Plan.create(new PlanId("week"), "Week",
                new dev.tollgate.domain.plan.PlanTerms(new PlanId("week"), Duration.ofDays(7),
                        dev.tollgate.domain.shared.DataSize.ofGibibytes(10), 0, false,
                        dev.tollgate.domain.plan.RenewalPolicy.STACK_BOTH),
                java.util.Map.of(dev.tollgate.domain.shared.Currency.XTR,
                        dev.tollgate.domain.shared.Money.of(90, dev.tollgate.domain.shared.Currency.XTR)),
                java.util.Set.of(shop.servers.all().get(0).id()), java.util.Set.of(), shop.clock.instant()));
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Plans").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), office.buttonData("Plans").orElseThrow());
        ChatMessage list = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("menu position"), WAIT);
        telegram.userPresses(OWNER, list.messageId(), list.buttonData("Week").orElseThrow());
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == list.messageId()
                && m.buttonData("Days on renewal").isPresent(), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Days on renewal").orElseThrow());
        ChatMessage reset = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == list.messageId()
                && m.text().contains("days reset, traffic stack"), WAIT);
        telegram.userPresses(OWNER, reset.messageId(), reset.buttonData("Menu position").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Send the menu position"), WAIT);
        telegram.userSends(OWNER, "1");
        telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Menu position: 1"), WAIT);
        assertThat(shop.listPlans.listOnSale()).extracting(p -> p.id().value()).containsExactly("month", "week");
        shop.savePlan.save(new dev.tollgate.application.port.in.SavePlanUseCase.Command(TestShop.ADMIN, "Month",
                shop.plans.findById(new PlanId("month")).orElseThrow().terms(),
                shop.plans.findById(new PlanId("month")).orElseThrow().prices(),
                shop.plans.findById(new PlanId("month")).orElseThrow().servers(), java.util.Set.of(), true, 2));

        telegram.userSends(ZAHRA, "/start");
        ChatMessage menu = telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot() && m.buttonData("").isPresent(), WAIT);
        telegram.userPresses(ZAHRA, menu.messageId(), "buy");
        ChatMessage plans = telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot()
                && m.buttonTexts().stream().anyMatch(t -> t.contains("Week")), WAIT);
        assertThat(plans.buttonTexts().stream().filter(t -> t.contains("Week") || t.contains("Month")).toList())
                .first().asString().contains("Week");
        assertThat(shop.plans.findById(new PlanId("week")).orElseThrow().terms().renewal().days())
                .isEqualTo(dev.tollgate.domain.plan.RenewalPolicy.Mode.RESET);
        assertThat(telegram.errors()).isEmpty();
    }

    private TelegramUserId customer() {
        telegram.userSends(ZAHRA, "/start");
        telegram.awaitBotMessage(ZAHRA.id(), m -> m.fromBot(), WAIT);
        return new TelegramUserId(ZAHRA.id());
    }

    private Subscription subscription(Subscription s) {
        return shop.subscriptions.findById(s.id()).orElseThrow();
    }

    private boolean enabledOnPanel(Subscription s) {
        return shop.panel.client(s.credential().email()).map(PanelClient::enabled).orElse(false);
    }

}
