package dev.tollgate.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestBot;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional gates, off by default: terms to accept at first start, the shop's channel before the trial. */
class GatesConversationTest {

    private static final String TOKEN = "42:gates-test";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestShop shop = new TestShop();
    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private LifecycleService bot;

    private void start(StorefrontSettings storefront) {
        bot = TestBot.injector(shop, TestBot.settings(telegram, TOKEN), storefront)
                .getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })).iterator().next();
        bot.start();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        telegram.close();
    }

    private ChatMessage press(TgUser user, ChatMessage on, String data, String expected) {
        telegram.userPresses(user, on.messageId(), data);
        return telegram.awaitBotMessage(user.id(), m -> m.text() != null && m.text().contains(expected)
                && (m.messageId() != on.messageId() || m.edits() > on.edits()), WAIT);
    }

    private void awaitAnswer(String query) {
        assertThat(telegram.awaitCallbackAnswered(query, Duration.ofSeconds(10))).isTrue();
    }

    private ChatMessage menu(TgUser user, String buy) {
        telegram.userSends(user, "/start");
        return telegram.awaitBotMessage(user.id(), m -> m.buttonData(buy).isPresent(), WAIT);
    }

    @Test
    void terms_atFirstStart_areShownInsteadOfTheMenuUntilAcceptedOnceInEnglishAndPersian() {
        start(StorefrontSettings.NONE.withGates("", "https://shop.example.com/terms",
                Map.of(Language.EN, "No resale. No abuse. Refunds go to the wallet.")));
        TgUser anna = new TgUser(4401, "Anna", "en");
        telegram.userSends(anna, "/start");
        ChatMessage terms = telegram.awaitBotMessage(anna.id(), m -> m.text() != null && m.text().contains("Before you start"), WAIT);
        assertThat(terms.text()).contains("No resale");
        assertThat(terms.buttonData("Buy a plan")).isEmpty();
        assertThat(terms.replyMarkup().toString()).contains("https://shop.example.com/terms");
        telegram.userSends(anna, "hello");
        telegram.awaitBotMessage(anna.id(), m -> m.messageId() > terms.messageId() && m.text() != null
                && m.text().contains("Before you start"), WAIT);

        telegram.userPresses(anna, terms.messageId(), terms.buttonData("I accept").orElseThrow());
        assertThat(telegram.awaitBotMessage(anna.id(), m -> m.messageId() == terms.messageId()
                && m.buttonData("Buy a plan").isPresent(), WAIT)).isNotNull();
        assertThat(shop.termsAcceptances.acceptedAt(new TelegramUserId(anna.id()))).isPresent();
        menu(anna, "Buy a plan");

        TgUser sara = new TgUser(4402, "سارا", "fa");
        telegram.userSends(sara, "/start");
        ChatMessage persian = telegram.awaitBotMessage(sara.id(), m -> m.text() != null && m.text().contains("پیش از شروع"), WAIT);
        assertThat(persian.buttonData("می‌پذیرم")).contains("terms:ok");
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void terms_beforeAccepting_holdEveryCommandAndOldButtonButLetTheLanguageChangeAndShowAgainInIt() {
        // Anna used the bot before the shop had terms: her old menu carries buttons.
        start(StorefrontSettings.NONE);
        TgUser anna = new TgUser(4406, "Anna", "en");
        TelegramUserId id = new TelegramUserId(anna.id());
        ChatMessage old = menu(anna, "Buy a plan");
        bot.stop();
        start(StorefrontSettings.NONE.withGates("", "", Map.of(Language.EN, "No resale.", Language.RU, "Без перепродажи.")));

        ChatMessage terms = edited(anna, old, "buy");
        assertThat(terms.text()).contains("Before you start", "No resale.");
        assertThat(terms.buttonData("I accept")).contains("terms:ok");
        assertThat(terms.buttonData("Language")).contains("lang");
        // Other or forged presses on it change nothing ("message is not modified" is Telegram's answer to the same
        // edit again).
        for (String data : new String[] {"subs", "plan:month", "stars:month", "trial", "claim"}) {
            awaitAnswer(telegram.userPresses(anna, terms.messageId(), data));
        }
        int last = old.messageId();
        for (String command : new String[] {"/help", "/claim K7QPM-3XWHD", "/admin", "/nonsense"}) {
            telegram.userSends(anna, command);
            ChatMessage held = awaitAfter(anna, last, "Before you start");
            assertThat(held.text()).as(command).contains("No resale.");
            assertThat(held.buttonData("I accept")).as(command).contains("terms:ok");
            last = held.messageId();
        }
        assertThat(shop.subscriptions.findByOwner(id)).isEmpty();
        assertThat(shop.orders.findByCustomer(id)).isEmpty();
        assertThat(telegram.invoices(anna.id())).isEmpty();

        telegram.userSends(anna, "/language");
        int asked = last;
        ChatMessage languages = telegram.awaitBotMessage(anna.id(), m -> m.messageId() > asked
                && m.buttonData("Русский").isPresent(), WAIT);
        ChatMessage russian = press(anna, languages, "lang:ru", "Перед началом");
        assertThat(russian.text()).contains("Теперь бот говорит по-русски", "Без перепродажи.");
        assertThat(russian.buttonData("Принимаю")).contains("terms:ok");
        telegram.userSends(anna, "/help");
        assertThat(awaitAfter(anna, russian.messageId(), "Перед началом").text()).contains("Без перепродажи.");
        assertThat(shop.termsAcceptances.acceptedAt(id)).isEmpty();

        ChatMessage menu = edited(anna, russian, "terms:ok");
        assertThat(menu.buttonData("Язык")).contains("lang");
        telegram.userSends(anna, "/language");
        ChatMessage again = telegram.awaitBotMessage(anna.id(), m -> m.messageId() > menu.messageId()
                && m.buttonData("English").isPresent(), WAIT);
        ChatMessage english = press(anna, again, "lang:en", "The bot now speaks English");
        assertThat(english.text()).doesNotContain("Before you start");
        assertThat(english.buttonData("Buy a plan")).isPresent();
        assertThat(telegram.errors()).allSatisfy(e -> assertThat(e).contains("message is not modified"));
    }

    @Test
    void terms_notAcceptedByTheOwner_doNotHoldTheBackOffice() {
        start(StorefrontSettings.NONE.withGates("", "", Map.of(Language.EN, "No resale.")));
        TgUser owner = new TgUser(TestShop.ADMIN.value(), "Olga", "en");
        telegram.userSends(owner, "/admin");
        ChatMessage office = telegram.awaitBotMessage(owner.id(), m -> m.text() != null && m.text().contains("Back office"), WAIT);
        assertThat(office.text()).contains("Your role: owner");
        assertThat(shop.termsAcceptances.acceptedAt(TestShop.ADMIN)).isEmpty();
        assertThat(telegram.errors()).isEmpty();
    }

    /** Presses a button and waits for that message to be edited. */
    private ChatMessage edited(TgUser user, ChatMessage on, String data) {
        telegram.userPresses(user, on.messageId(), data);
        return telegram.awaitBotMessage(user.id(), m -> m.messageId() == on.messageId() && m.edits() > on.edits(), WAIT);
    }

    private ChatMessage awaitAfter(TgUser user, int after, String expected) {
        return telegram.awaitBotMessage(user.id(), m -> m.messageId() > after && m.text() != null
                && m.text().contains(expected), WAIT);
    }

    @Test
    void trial_whenTheChannelIsRequired_asksToJoinAndChecksAgainWithGetChatMember() {
        telegram.channel(-1001234567890L, "tollgate_news", true);
        start(StorefrontSettings.NONE.withGates("@tollgate_news", "", Map.of()));
        TgUser anna = new TgUser(4403, "Anna", "en");
        ChatMessage menu = menu(anna, "Buy a plan");

        ChatMessage join = press(anna, menu, "trial", "members of our channel @tollgate_news");
        assertThat(join.replyMarkup().toString()).contains("https://t.me/tollgate_news");
        assertThat(join.buttonData("I’ve joined")).contains("trial:joined");
        for (String outside : new String[] {"left", "kicked", "restricted-out"}) {
            telegram.channelMember("tollgate_news", anna.id(), outside);
            awaitAnswer(telegram.userPresses(anna, join.messageId(), "trial:joined"));
            assertThat(shop.subscriptions.findByOwner(new TelegramUserId(anna.id()))).as(outside).isEmpty();
        }

        telegram.channelMember("tollgate_news", anna.id(), "restricted-in");
        press(anna, join, "trial:joined", "free trial is active");
        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(anna.id()))).hasSize(1);
        assertThat(telegram.calls("getChatMember")).isEqualTo(5);
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void trial_whenTheBotCannotSeeTheChannelsMembers_isNotHeldBack() {
        telegram.channel(-1001234567890L, "tollgate_news", false);
        start(StorefrontSettings.NONE.withGates("@tollgate_news", "", Map.of()));
        TgUser anna = new TgUser(4404, "Anna", "en");
        press(anna, menu(anna, "Buy a plan"), "trial", "free trial is active");

        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(anna.id()))).hasSize(1);
        assertThat(telegram.errors()).containsExactly("getChatMember: Bad Request: member list is inaccessible");
    }

    @Test
    void trial_whenTheChannelDoesNotExist_isNotHeldBackAndTelegramSaysChatNotFound() {
        start(StorefrontSettings.NONE.withGates("@no_such_channel", "", Map.of()));
        TgUser anna = new TgUser(4405, "Anna", "en");
        press(anna, menu(anna, "Buy a plan"), "trial", "free trial is active");

        assertThat(shop.subscriptions.findByOwner(new TelegramUserId(anna.id()))).hasSize(1);
        assertThat(telegram.errors()).containsExactly("getChatMember: Bad Request: chat not found");
    }
}
