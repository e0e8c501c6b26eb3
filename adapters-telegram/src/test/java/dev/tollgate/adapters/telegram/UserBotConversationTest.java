package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryWalletLedger;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scripted conversations with the real TelegramModule over the fake Bot API, on in-memory use cases. */
class UserBotConversationTest {

    private static final String TOKEN = "42:conversation-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();
    private final InMemoryPanelGateway panel = shop.panel;
    private final InMemorySubscriptionRepository subscriptions = shop.subscriptions;
    private final InMemoryWalletLedger ledger = shop.ledger;

    @Test
    void start_inPersian_greetsInPersianAndTheTrialShowsAJalaliExpiryWithPersianDigits() {
        TgUser sara = new TgUser(501, "سارا", "fa");
        telegram.userSends(sara, "/start");
        ChatMessage menu = telegram.awaitBotMessage(sara.id(), m -> m.buttonData("آزمایشی").isPresent(), WAIT);
        assertThat(menu.text()).contains("سلام سارا");

        telegram.userPresses(sara, menu.messageId(), "trial");
        ChatMessage result = telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("vless://"), WAIT);

        // 2026-03-20 09:30 UTC plus three days is 3 Farvardin 1405 (Nowruz 1405 is 21 March 2026).
        assertThat(result.text()).contains("۱۴۰۵/۰۱/۰۳ ۰۹:۳۰", "۱٫۵ گیگابایت");
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void pressButton_withForgedOrOversizedData_answersClearlyAndChangesNothing() {
        TgUser mallory = new TgUser(666, "Mallory", "en");
        telegram.userSends(mallory, "/start");
        ChatMessage menu = telegram.awaitBotMessage(mallory.id(), m -> m.buttonData("Free trial").isPresent(), WAIT);

        for (String forged : new String[] {"trial;drop table", "admin:grant:666", "x".repeat(300), "TRIAL", "\u0000"}) {
            String query = telegram.userPresses(mallory, menu.messageId(), forged);
            bot.awaitAnswered(query);
        }

        assertThat(telegram.message(mallory.id(), menu.messageId()).orElseThrow().edits()).isZero();
        assertThat(subscriptions.findByOwner(new TelegramUserId(mallory.id()))).isEmpty();
        assertThat(panel.clientCount()).isZero();
        assertThat(telegram.calls().stream().filter(c -> c.method().equals("answerCallbackQuery"))
                .allMatch(c -> "true".equals(c.parameters().get("show_alert")))).isTrue();
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void buy_withForgedPlanOrCurrencyOrAnEmptyWallet_isRefusedAndChargesNothing() {
        TgUser eve = new TgUser(999, "Eve", "en");
        telegram.userSends(eve, "/start");
        ChatMessage menu = telegram.awaitBotMessage(eve.id(), m -> m.buttonData("Buy a plan").isPresent(), WAIT);
        telegram.userPresses(eve, menu.messageId(), "buy");
        ChatMessage list = telegram.awaitBotMessage(eve.id(), m -> m.buttonData("Month").isPresent(), WAIT);
        assertThat(list.buttonTexts()).anySatisfy(text -> assertThat(text).contains("Month <50 GB>", "⭐ 250", "4.99 USD"));

        telegram.userPresses(eve, list.messageId(), "wpay:USD:month");
        telegram.awaitBotMessage(eve.id(), m -> m.text() != null && m.text().contains("wallet does not cover"), WAIT);
        telegram.userPresses(eve, list.messageId(), "stars:no-such-plan");
        telegram.awaitBotMessage(eve.id(), m -> m.text() != null && m.text().contains("no longer on sale"), WAIT);
        telegram.userPresses(eve, list.messageId(), "wpay:GBP:month");

        assertThat(telegram.invoices(eve.id())).isEmpty();
        assertThat(ledger.entries(new TelegramUserId(eve.id()))).isEmpty();
        assertThat(subscriptions.findByOwner(new TelegramUserId(eve.id()))).isEmpty();
        assertThat(panel.clientCount()).isZero();
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void sendText_thatIsOversizedOrUnknown_getsTheMenuBack() {
        TgUser user = new TgUser(777, "Ivan", "ru");
        telegram.userSends(user, "a".repeat(10_000));
        ChatMessage answer = telegram.awaitBotMessage(user.id(), m -> m.buttonData("Бесплатный").isPresent(), WAIT);
        assertThat(answer.text()).contains("Я не понял");
        telegram.userSends(user, "<b>hi</b> & bye");
        telegram.awaitBotMessage(user.id(), m -> m.messageId() > answer.messageId() && m.fromBot(), WAIT);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void mySubscriptions_afterTheTrial_listsTheLinkAndTheSecondTrialIsRefused() {
        TgUser user = new TgUser(888, "Anna", null);
        telegram.userSends(user, "/start");
        ChatMessage menu = telegram.awaitBotMessage(user.id(), m -> m.buttonData("Free trial").isPresent(), WAIT);
        telegram.userPresses(user, menu.messageId(), "trial");
        ChatMessage activated = telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains("vless://"), WAIT);

        telegram.userPresses(user, activated.messageId(), "menu");
        telegram.awaitBotMessage(user.id(), m -> m.messageId() == activated.messageId() && m.buttonData("My subscriptions").isPresent(), WAIT);
        telegram.userPresses(user, activated.messageId(), "subs");
        ChatMessage list = telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains("Your subscriptions"), WAIT);
        assertThat(list.text()).contains("Server de-1", "active", "vless://", "https://shop.example.com/sub/token-888");

        telegram.userPresses(user, list.messageId(), "menu");
        telegram.awaitBotMessage(user.id(), m -> m.messageId() == list.messageId() && m.buttonData("Free trial").isPresent(), WAIT);
        telegram.userPresses(user, list.messageId(), "trial");
        telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains("already used your free trial"), WAIT);
        assertThat(panel.clientCount()).isEqualTo(1);
        assertThat(telegram.errors()).isEmpty();
    }

}
