package dev.tollgate.adapters.telegram.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.adapters.telegram.notify.TelegramCustomerNotifier;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.Replies;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.adapters.telegram.view.QrCodes;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The sender against the fake Bot API answering as Telegram does: 429, 403, "not modified", gone, too long, floods. */
class ChatTest {

    private static final String TOKEN = "7:chat-test";
    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private final TestShop shop = new TestShop();
    private final AtomicInteger blocked = new AtomicInteger();
    private final Chat chat = new Chat(new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1",
            telegram.baseUrl().getPort(), false)), new RateLimits(25), id -> {
                blocked.incrementAndGet();
                shop.customerSettings.botBlocked(new TelegramUserId(id));
            });
    private final TgUser ann = new TgUser(42, "Ann", "en");

    @AfterEach
    void close() {
        telegram.close();
    }

    @Test
    void send_whenTelegramAnswers429_waitsRetryAfterAndDelivers() {
        telegram.throttleNextSends(1, 1);
        assertThat(chat.send(Priority.INTERACTIVE, ann.id(), "hello", null)).isEqualTo(Chat.Outcome.DONE);
        assertThat(telegram.calls("sendMessage")).isEqualTo(2);
        assertThat(telegram.messages(ann.id())).hasSize(1);
    }

    @Test
    void apiCalls_areCountedPerAttemptByMethodAndResult_a429AsRateLimited() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Chat counted = new Chat(new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1",
                telegram.baseUrl().getPort(), false)), new RateLimits(25), id -> { }, new BotMetrics(registry));
        telegram.throttleNextSends(1, 1);

        assertThat(counted.send(Priority.INTERACTIVE, ann.id(), "hello", null)).isEqualTo(Chat.Outcome.DONE);
        telegram.userBlocksBot(ann);
        assertThat(counted.send(Priority.INTERACTIVE, ann.id(), "hello", null)).isEqualTo(Chat.Outcome.BLOCKED);

        assertThat(registry.get("tollgate.bot.api.calls").tags("method", "sendMessage", "result", "rate_limited")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("tollgate.bot.api.calls").tags("method", "sendMessage", "result", "ok")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("tollgate.bot.api.calls").tags("method", "sendMessage", "result", "blocked")
                .counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).flatMap(meter -> meter.getId().getTags())
                .allSatisfy(tag -> assertThat(tag.getValue()).doesNotContain(TOKEN, String.valueOf(ann.id())));
    }

    @Test
    void send_toAUserWhoBlockedTheBot_recordsItOnceAndTheNotifierStopsWritingToThem() {
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(ann.id()), "en"));
        telegram.userBlocksBot(ann);
        assertThat(chat.send(Priority.BULK, ann.id(), "hello", null)).isEqualTo(Chat.Outcome.BLOCKED);
        assertThat(shop.customerSettings.hasBlockedTheBot(new TelegramUserId(ann.id()))).isTrue();
        long before = telegram.calls("sendMessage");
        new TelegramCustomerNotifier(chat, Replies.UI, new QrCodes(), shop.customerSettings).notify(new TelegramUserId(ann.id()),
                Language.EN, new Notice.PaymentReceived(new OrderId(UUID.randomUUID()), Money.of(5, Currency.XTR)));
        assertThat(telegram.calls("sendMessage")).isEqualTo(before);
        assertThat(blocked.get()).isEqualTo(1);
        // Writing to the bot again means they are back.
        shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(ann.id()), "en"));
        assertThat(shop.customerSettings.hasBlockedTheBot(new TelegramUserId(ann.id()))).isFalse();
    }

    @Test
    void edit_toTheSameContent_isNotModifiedAndNotAnError() {
        chat.send(Priority.INTERACTIVE, ann.id(), "menu", null);
        int id = telegram.messages(ann.id()).get(0).messageId();
        assertThat(chat.edit(ann.id(), id, "other", null)).isEqualTo(Chat.Outcome.DONE);
        assertThat(chat.edit(ann.id(), id, "other", null)).isEqualTo(Chat.Outcome.UNCHANGED);
    }

    @Test
    void photoCaption_isCountedAfterHtmlParsing_1024IsTakenAndOneMoreIsRefusedAsTelegramDoes() {
        int sent = telegram.userSendsPhoto(ann, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6});
        String photo = "AgACuser" + sent + "x1280";
        String full = "<b>" + "x".repeat(1_024) + "</b>";
        assertThat(chat.photoById(Priority.BULK, ann.id(), photo, full, Keyboard.NONE)).isEqualTo(Chat.Outcome.DONE);
        assertThat(telegram.errors()).isEmpty();
        assertThatThrownBy(() -> chat.photoById(Priority.BULK, ann.id(), photo, "x".repeat(1_025), Keyboard.NONE))
                .hasMessageContaining("caption is too long");
        assertThat(telegram.errors()).containsExactly("sendPhoto: Bad Request: message caption is too long");
    }

    @Test
    void reply_toATapOnAMessageThatIsGone_arrivesAsANewMessage() {
        Responder responder = new Responder(chat, shop.conversations, new QrCodes());
        chat.send(Priority.INTERACTIVE, ann.id(), "menu", null);
        int id = telegram.messages(ann.id()).get(0).messageId();
        telegram.userDeletes(ann.id(), id);
        String query = telegram.userPresses(ann, sentAgain(), "help");
        responder.deliver(Replies.session(ann.id(), Language.EN, shop.clock.instant()), new Inbound.Tap(query, id, "help"),
                Reply.edit("help text", Keyboard.NONE));
        assertThat(telegram.messages(ann.id())).anySatisfy(m -> assertThat(m.text()).isEqualTo("help text"));
        assertThat(telegram.callbackAnswered(query)).isTrue();
    }

    private int sentAgain() {
        chat.send(Priority.INTERACTIVE, ann.id(), "anchor", null);
        return telegram.messages(ann.id()).get(telegram.messages(ann.id()).size() - 1).messageId();
    }

    @Test
    void reply_longerThanOneMessage_isSplitIntoMessagesTelegramAccepts() {
        Responder responder = new Responder(chat, shop.conversations, new QrCodes());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("Subscription ").append(i).append(": vless://").append("x".repeat(20)).append("\n\n");
        }
        responder.deliver(Replies.session(ann.id(), Language.EN, shop.clock.instant()), new Inbound.Text("hi"),
                Reply.send(text.toString(), Keyboard.NONE));
        assertThat(telegram.messages(ann.id())).hasSizeGreaterThan(2)
                .allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4096));
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void manySendsToOneChat_stayWithinTelegramsPerChatLimit() {
        for (int i = 0; i < 6; i++) {
            chat.send(Priority.BULK, ann.id(), "notice " + i, null);
        }
        assertThat(telegram.messages(ann.id())).hasSize(6);
        assertThat(telegram.errors()).isEmpty();
    }
}
