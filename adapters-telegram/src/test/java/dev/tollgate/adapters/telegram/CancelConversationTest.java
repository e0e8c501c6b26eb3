package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /cancel} leaves any conversation, in every language, and says so when there is nothing to leave. */
class CancelConversationTest {

    private static final String TOKEN = "45:cancel-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    private ChatMessage after(TgUser user, int sent, String expected) {
        return telegram.awaitBotMessage(user.id(), m -> m.messageId() > sent && m.text() != null
                && m.text().contains(expected), WAIT);
    }

    @Test
    void cancel_whileTheBotWaitsForAClaimCode_endsItSoTheNextTextIsNoCode() {
        TgUser anna = new TgUser(931, "Anna", "en");
        after(anna, telegram.userSends(anna, "/claim"), "Send it here");

        ChatMessage cancelled = after(anna, telegram.userSends(anna, "/cancel"), "Cancelled");
        assertThat(cancelled.buttonTexts()).anySatisfy(text -> assertThat(text).contains("Buy a plan"));

        after(anna, telegram.userSends(anna, "K7QPM-3XWHD"), "I did not understand that");
        assertThat(telegram.messages(anna.id())).noneMatch(m -> m.text() != null && m.text().contains("code is unknown"));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void cancel_withNothingUnderWay_saysSoInTheUsersLanguageAndShowsTheMenu() {
        TgUser reza = new TgUser(932, "Reza", "fa");
        ChatMessage nothing = after(reza, telegram.userSends(reza, "/cancel"), "چیزی برای لغو کردن نیست");
        assertThat(nothing.buttonTexts()).isNotEmpty();

        TgUser ivan = new TgUser(933, "Ivan", "ru");
        after(ivan, telegram.userSends(ivan, "/claim"), "K7QPM-3XWHD");
        after(ivan, telegram.userSends(ivan, "/cancel"), "Отменено");
    }

    @Test
    void commandMenus_offerCancelToUsersAndStaff() {
        after(new TgUser(934, "Kim", "en"), telegram.userSends(new TgUser(934, "Kim", "en"), "/start"), "Hello");
        assertThat(telegram.commandMenus().values()).allSatisfy(menu -> assertThat(menu)
                .anySatisfy(command -> assertThat(command.path("command").asText()).isEqualTo("cancel")));
    }
}
