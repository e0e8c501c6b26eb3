package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.BotUnderTest;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.Invoice;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Reset my link" from a subscription's page through the real TelegramModule and the fake Bot API. */
class ResetLinkConversationTest {

    private static final String TOKEN = "42:reset-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    @RegisterExtension
    final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
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

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Subscription subscribed(TgUser user, String buy, String pay) {
        telegram.userSends(user, "/start");
        ChatMessage menu = telegram.awaitBotMessage(user.id(), m -> m.buttonData(buy).isPresent(), WAIT);
        ChatMessage plan = press(user, menu, "plan:month", pay);
        press(user, plan, "stars:month", "");
        assertThat(telegram.userPaysInvoice(user, awaitInvoice(user, 1), WAIT).approved()).isTrue();
        TelegramUserId id = new TelegramUserId(user.id());
        for (int i = 0; i < 500 && shop.subscriptions.findByOwner(id).stream().noneMatch(s -> s.expiresAt().isPresent()); i++) {
            sleep();
        }
        return shop.subscriptions.findByOwner(id).get(0);
    }

    @Test
    void resetLink_inEnglish_confirmedStopsTheOldUrlAndSecretAndADoubleTapResetsOnce() {
        TgUser anna = new TgUser(4301, "Anna", "en");
        Subscription bought = subscribed(anna, "Buy a plan", "Choose how to pay");
        ClientCredential old = bought.credential();
        String oldToken = "token-" + anna.id();
        assertThat(shop.feeds.feed(oldToken)).isPresent();
        telegram.userSends(anna, "/menu");
        ChatMessage menu = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.buttonData("Buy a plan").isPresent()
                && m.messageId() > 2, WAIT);
        ChatMessage page = press(anna, menu, "subs", "Your subscriptions");
        assertThat(page.buttonData("Reset my link")).contains("rst:" + bought.id());

        ChatMessage ask = press(anna, page, "rst:" + bought.id(), "Reset your link?");
        String confirm = ask.buttonData("Yes, reset it").orElseThrow();
        assertThat(ask.buttonData("No, keep it")).contains("subs");
        ChatMessage done = press(anna, ask, confirm, "old link no longer works");
        assertThat(done.text()).contains("https://shop.example.com/sub/token-" + anna.id() + "-v1").doesNotContain(old.secret());
        String second = telegram.userPresses(anna, ask.messageId(), confirm);
        assertThat(telegram.awaitCallbackAnswered(second, Duration.ofSeconds(10))).isTrue();

        ClientCredential fresh = shop.subscriptions.findById(bought.id()).orElseThrow().credential();
        assertThat(fresh.secret()).isNotEqualTo(old.secret());
        assertThat(done.text()).contains(fresh.secret());
        assertThat(shop.panel.client(old.email()).orElseThrow().secret()).isEqualTo(fresh.secret());
        assertThat(shop.feeds.feed(oldToken)).isEmpty();
        assertThat(shop.feeds.feed("token-" + anna.id() + "-v1")).isPresent();
        assertThat(shop.feedTokenVersions.current(new TelegramUserId(anna.id()))).isEqualTo(1);
        // The double tap shows the same link again: its edit may still be on its way when the tap is answered, and
        // Telegram answers it "message is not modified" (harmless; the sender counts it as done).
        assertThat(telegram.errors()).allMatch(error -> error.contains("message is not modified"));
    }

    @Test
    void resetLink_inPersian_asksThenShowsTheNewLink() {
        TgUser sara = new TgUser(4302, "سارا", "fa");
        Subscription bought = subscribed(sara, "خرید", "روش پرداخت");
        telegram.userSends(sara, "/menu");
        ChatMessage menu = telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.buttonData("خرید").isPresent()
                && m.messageId() > 2, WAIT);
        ChatMessage page = press(sara, menu, "subs", "اشتراک");
        ChatMessage ask = press(sara, page, page.buttonData("بازنشانی لینک من").orElseThrow(), "لینک شما بازنشانی شود؟");
        press(sara, ask, ask.buttonData("بله، بازنشانی کن").orElseThrow(), "لینک قبلی دیگر کار نمی‌کند");

        assertThat(shop.subscriptions.findById(bought.id()).orElseThrow().credential()).isNotEqualTo(bought.credential());
        assertThat(telegram.errors()).isEmpty();
    }
}
