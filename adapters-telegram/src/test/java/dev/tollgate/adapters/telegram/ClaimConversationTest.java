package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claiming an imported subscription with its code, through Help and through /claim, over the fake Bot API. */
class ClaimConversationTest {

    private static final String TOKEN = "42:claim-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
    private final FakeTelegramBotApi telegram = bot.telegram();

    private void imported(String email, String code) {
        shop.unclaimed.insert(new Unclaimed(new ServerId("de-1"), email, "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f", true,
                DataSize.ofGibibytes(20), DataSize.ZERO, shop.clock.instant().plus(Duration.ofDays(12)), null, 0, code,
                shop.clock.instant(), Optional.empty(), Optional.empty()));
    }

    @Test
    void claim_fromHelpWithAWrongThenTheRightCode_makesTheSubscriptionTheUsersAndTheCodeWorksOnce() {
        imported("old-anna", "K7QPM-3XWHD");
        TgUser anna = new TgUser(901, "Anna", "en");
        telegram.userSends(anna, "/start");
        ChatMessage menu = telegram.awaitBotMessage(anna.id(), m -> m.buttonData("Help").isPresent(), WAIT);
        telegram.userPresses(anna, menu.messageId(), menu.buttonData("Help").orElseThrow());
        ChatMessage help = telegram.awaitBotMessage(anna.id(),
                m -> m.buttonData("Claim an existing subscription").isPresent(), WAIT);

        telegram.userPresses(anna, help.messageId(), help.buttonData("Claim an existing subscription").orElseThrow());
        telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("Send it here"), WAIT);
        telegram.userSends(anna, "K7QPM-3XWHE");
        telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("This code is unknown"), WAIT);
        telegram.userSends(anna, "k7qpm-3xwhd");
        ChatMessage done = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("is yours now"), WAIT);

        assertThat(done.text()).contains("de-1");
        assertThat(done.buttonData("My subscriptions")).contains("subs");
        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(901))).singleElement()
                .satisfies(s -> assertThat(s.credential().email()).isEqualTo("old-anna"));

        telegram.userSends(anna, "/claim K7QPM-3XWHD");
        telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("used already"), WAIT);
        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(901))).hasSize(1);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void claimCommand_inPersian_answersInPersianAndLimitsGuessing() {
        imported("old-sara", "ABCDE-FGHJK");
        TgUser sara = new TgUser(902, "سارا", "fa");
        telegram.userSends(sara, "/start");
        telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("سلام سارا"), WAIT);

        telegram.userSends(sara, "/claim ABCDE-FGHJK");
        telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("اکنون متعلق به شماست"), WAIT);
        for (int i = 0; i < 4; i++) {
            telegram.userSends(sara, "/claim ZZZZZ-ZZZZ" + (i + 2));
        }
        telegram.userSends(sara, "/claim ZZZZZ-ZZZZZ");

        telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("تلاش‌ها بیش از حد است"), WAIT);
        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(902))).hasSize(1);
        assertThat(telegram.errors()).isEmpty();
    }
}
