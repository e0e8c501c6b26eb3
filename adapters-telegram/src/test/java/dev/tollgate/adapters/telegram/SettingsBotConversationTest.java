package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.in.ChangeShopSettingUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shop settings changed in the bot over the fake Bot API, and seen by the next trial, help and card checkout. */
class SettingsBotConversationTest {

    private static final String TOKEN = "46:settings-test";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TgUser OWNER = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
    private static final TgUser SAM = new TgUser(502, "Sam", "en");
    private static final TgUser EVE = new TgUser(666, "Eve", "en");

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN)
            .withSettings(s -> s.withCard("6037-0000-1111-2222", "A. Shop", "USD"));
    private final FakeTelegramBotApi telegram = bot.telegram();

    private ChatMessage change(ChatMessage on, String settingButton, String typed, String expected) {
        telegram.userPresses(OWNER, on.messageId(), "sets");
        ChatMessage list = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == on.messageId()
                && m.text().contains("Shop settings") && m.edits() > on.edits(), WAIT);
        telegram.userPresses(OWNER, list.messageId(), list.buttonData(settingButton).orElseThrow());
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == list.messageId()
                && m.text().contains("In effect") && m.edits() > list.edits(), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Change").orElseThrow());
        telegram.awaitBotMessage(OWNER.id(), m -> m.messageId() == card.messageId() && m.text().startsWith("Send the")
                && m.edits() > card.edits(), WAIT);
        telegram.userSends(OWNER, typed);
        return telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains(expected), WAIT);
    }

    @Test
    void admin_changesTrialTermsSupportFaqAndCard_andTheNextTrialHelpAndCheckoutUseThemWithoutARestart() {
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Shop settings").isPresent(), WAIT);
        ChatMessage refusal = change(office, "Trial length", "forever", "Write the length as 3d");
        assertThat(shop.settingsStore.all()).isEmpty();
        telegram.userSends(OWNER, "7d");
        ChatMessage saved = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("Saved: 3 days → 7 days"), WAIT);
        assertThat(saved.text()).contains("Changed in the bot");
        assertThat(refusal.buttonData("Back")).isPresent();
        change(saved, "Trial traffic", "2.5GB", "Saved: 1.5 GB → 2.5 GB");
        change(saved, "Support account", "@new_support", "Saved: — → @new_support");
        change(saved, "FAQ (Russian)", "Как подключиться? Откройте ссылку в приложении.", "Saved:");
        change(saved, "Card number", "6219 8610 1234 5678", "Saved: — → 6219861012345678");
        change(saved, "Bank", "Saman", "Saved: — → Saman");

        TgUser sara = new TgUser(7001, "Sara", "en");
        telegram.userSends(sara, "/start");
        ChatMessage menu = telegram.awaitBotMessage(sara.id(), m -> m.buttonData("Free trial").isPresent(), WAIT);
        telegram.userPresses(sara, menu.messageId(), "trial");
        telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("Your free trial is active"), WAIT);
        Subscription trial = shop.subscriptions.findByOwner(new TelegramUserId(sara.id())).get(0);
        assertThat(trial.kind()).isEqualTo(SubscriptionKind.TRIAL);
        assertThat(trial.term()).isEqualTo(Duration.ofDays(7));
        assertThat(trial.quota()).isEqualTo(DataSize.ofBytes(2_684_354_560L));

        telegram.userSends(sara, "/help");
        ChatMessage help = telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("@new_support"), WAIT);
        assertThat(help.buttonTexts()).anyMatch(text -> text.contains("Contact"));
        TgUser ivan = new TgUser(7002, "Ivan", "ru");
        telegram.userSends(ivan, "/help");
        ChatMessage ivanHelp = telegram.awaitBotMessage(ivan.id(), m -> m.buttonData("help:faq").isPresent()
                || m.buttonTexts().stream().anyMatch(t -> t.contains("FAQ") || t.contains("Вопросы")), WAIT);
        telegram.userPresses(ivan, ivanHelp.messageId(), "help:faq");
        telegram.awaitBotMessage(ivan.id(), m -> m.text() != null && m.text().contains("Откройте ссылку в приложении"), WAIT);

        TgUser anna = new TgUser(7003, "Anna", "en");
        telegram.userSends(anna, "/start");
        ChatMessage annaMenu = telegram.awaitBotMessage(anna.id(), m -> m.buttonData("Buy a plan").isPresent(), WAIT);
        telegram.userPresses(anna, annaMenu.messageId(), "plan:month");
        ChatMessage plan = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("Choose how to pay"), WAIT);
        telegram.userPresses(anna, plan.messageId(), "card:month");
        ChatMessage instructions = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("to this card"), WAIT);
        assertThat(instructions.text()).contains("6219861012345678", "A. Shop · Saman").doesNotContain("6037");

        assertThat(shop.audit.all()).hasSize(6).allSatisfy(entry ->
                assertThat(entry.action()).isEqualTo(AuditAction.SHOP_SETTING_CHANGED));
        assertThat(shop.audit.all().get(0).before()).isEqualTo("PT72H");
        assertThat(shop.audit.all().get(0).after()).isEqualTo("PT168H");
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void reset_bringsTheConfigurationBack_andASecondResetChangesNothing() {
        shop.changeShopSetting.change(ChangeShopSettingUseCase.Command.set(TestShop.ADMIN, ShopSetting.REFERRAL_PERCENT, "25"));
        telegram.userSends(OWNER, "/admin");
        ChatMessage office = telegram.awaitBotMessage(OWNER.id(), m -> m.buttonData("Shop settings").isPresent(), WAIT);
        telegram.userPresses(OWNER, office.messageId(), "sets:v:referral.percent");
        ChatMessage card = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("In effect: 25%"), WAIT);
        telegram.userPresses(OWNER, card.messageId(), card.buttonData("Reset").orElseThrow());
        ChatMessage reset = telegram.awaitBotMessage(OWNER.id(), m -> m.text().contains("In effect: 10%"), WAIT);
        assertThat(reset.text()).contains("Follows the configuration");
        assertThat(reset.buttonData("Reset")).isEmpty();
        String again = telegram.userPresses(OWNER, card.messageId(), "sets:r:referral.percent");
        bot.awaitAnswered(again);

        assertThat(shop.settingsStore.all()).isEmpty();
        assertThat(shop.shopSettings.current().referralPercent()).isEqualTo(10);
        assertThat(shop.audit.all()).extracting(AuditEntry::action).containsExactly(AuditAction.SHOP_SETTING_CHANGED,
                AuditAction.SHOP_SETTING_RESET);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void forgedPressesAndTypedValues_bySupportAndStrangers_areRefusedAndChangeNothingNorTheAudit() {
        shop.manageStaff.change(ManageStaffUseCase.Command.give(TestShop.ADMIN, new TelegramUserId(SAM.id()),
                StaffRole.SUPPORT));
        shop.changeShopSetting.change(ChangeShopSettingUseCase.Command.set(TestShop.ADMIN, ShopSetting.SUPPORT, "@shop_help"));
        List<AuditEntry> before = shop.audit.all();
        telegram.userSends(SAM, "/admin");
        ChatMessage samOffice = telegram.awaitBotMessage(SAM.id(), m -> m.text().contains("Your role: support"), WAIT);
        assertThat(samOffice.buttonTexts()).noneMatch(text -> text.contains("Shop settings"));
        telegram.userSends(EVE, "/admin");
        ChatMessage eveAnswer = telegram.awaitBotMessage(EVE.id(), m -> m.text().contains("did not understand"), WAIT);

        for (String data : new String[] {"sets", "sets:v:support", "sets:e:support", "sets:r:support", "sets:e:card.number",
                "sets:v:nonsense"}) {
            bot.awaitAnswered(telegram.userPresses(SAM, samOffice.messageId(), data));
            bot.awaitAnswered(telegram.userPresses(EVE, eveAnswer.messageId(), data));
        }
        telegram.userSends(SAM, "@mine");
        telegram.userSends(EVE, "6219861012345678");

        assertThat(shop.changeShopSetting.change(ChangeShopSettingUseCase.Command.set(new TelegramUserId(SAM.id()),
                ShopSetting.CARD_NUMBER, "6219861012345678"))).isEqualTo(new ChangeShopSettingUseCase.Refused(
                ChangeShopSettingUseCase.Reason.NOT_AN_ADMIN));
        assertThat(shop.settingsStore.all()).isEqualTo(java.util.Map.of(ShopSetting.SUPPORT, "shop_help"));
        assertThat(shop.audit.all()).isEqualTo(before);
        assertThat(telegram.message(SAM.id(), samOffice.messageId()).orElseThrow().edits()).isZero();
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery"))
                .allMatch(c -> "true".equals(c.parameters().get("show_alert")))).isTrue();
        assertThat(telegram.errors()).isEmpty();
    }

}
