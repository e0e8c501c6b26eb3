package dev.tollgate.adapters.telegram.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.Send;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.adapters.telegram.view.Formats;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.DeliverBroadcastsUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.StartBroadcastUseCase;
import dev.tollgate.application.service.broadcast.DeliverBroadcastsService;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Broadcasts through the real sender to the fake Bot API. The sender's waits run on virtual time that the fake also
 * stamps its calls with, so the rate is checked on the fake's own record of when each send arrived (every one-second
 * window) and 2,000 recipients take a few seconds of real time instead of 80.
 */
class BroadcastDeliveryTest {

    private static final String TOKEN = "77:broadcast-test";
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final long SECOND = 1_000_000_000L;
    private static final int USERS = 2_000;

    /** Virtual time: sleeping moves it on at once. One sending thread, so it is the sender's own timeline. */
    static final class VirtualTime implements RateLimits.Ticker {
        private final AtomicLong now = new AtomicLong(1_000 * SECOND);

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleep(long nanos) {
            if (nanos > 0) {
                now.addAndGet(nanos);
            }
        }
    }

    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private final TestShop shop = new TestShop();
    private final VirtualTime time = new VirtualTime();
    private final Chat chat = new Chat(new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1",
            telegram.baseUrl().getPort(), false)), new RateLimits(25, time),
            id -> shop.customerSettings.botBlocked(new TelegramUserId(id)));
    private final Texts texts = new Texts();
    private final TelegramBroadcastSender sender = new TelegramBroadcastSender(chat,
            new Ui(texts, new Formats(texts, ZoneId.of("UTC"))), shop.customerSettings);
    private final DeliverBroadcastsService deliver = new DeliverBroadcastsService(shop.broadcasts, sender, LEASE, shop.clock);

    @org.junit.jupiter.api.BeforeEach
    void useVirtualTime() {
        telegram.clock(time::nanoTime);
    }

    @AfterEach
    void close() {
        telegram.close();
    }

    private List<TgUser> customers(int n) {
        List<TgUser> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TgUser user = new TgUser(100_000 + i, "User " + i, List.of("en", "fa", "ru").get(i % 3));
            shop.contacts.register(new RegisterContactUseCase.Command(new TelegramUserId(user.id()), user.languageCode()));
            users.add(user);
        }
        return users;
    }

    private BroadcastId start(BroadcastMessage message) {
        StartBroadcastUseCase.Result result = shop.startBroadcast.start(new StartBroadcastUseCase.Command(TestShop.ADMIN,
                BroadcastId.random(), message, Segment.of(Segment.Kind.ALL)));
        assertThat(result).isInstanceOf(StartBroadcastUseCase.Started.class);
        return ((StartBroadcastUseCase.Started) result).id();
    }

    private DeliverBroadcastsUseCase.Result runUntilFinished(String holder, int step) {
        for (int i = 0; i < 10_000; i++) {
            DeliverBroadcastsUseCase.Result result = deliver.deliver(new DeliverBroadcastsUseCase.Command(holder, step));
            if (result.idle() || result.finished()) {
                return result;
            }
        }
        throw new AssertionError("the broadcast never finished");
    }

    /** The most send calls that arrived within any one second (a sliding window over the fake's stamps). */
    private static int busiestSecond(List<Send> sends) {
        List<Long> at = sends.stream().map(Send::nanos).sorted().toList();
        int most = 0;
        for (int first = 0, last = 0; last < at.size(); last++) {
            while (at.get(last) - at.get(first) >= SECOND) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    private List<Send> broadcastSends() {
        return telegram.sends().stream().filter(s -> s.chatId() != TestShop.ADMIN.value()).toList();
    }

    @Test
    void broadcast_to2000Users_staysWithinThirtyASecondHonours429AndCountsBlockedExactly() {
        List<TgUser> users = customers(USERS);
        for (int i = 7; i < USERS; i += 50) {
            telegram.userBlocksBot(users.get(i));
        }
        telegram.overallSendLimit(30);
        BroadcastId id = start(BroadcastMessage.text("<b>New servers</b> in Paris &amp; Frankfurt")
                .withButton("Open the shop", "https://t.me/tollgate_bot"));
        telegram.throttleSend(700, 3);

        assertThat(runUntilFinished("instance-a", 100).finished()).isTrue();

        List<Send> sends = broadcastSends();
        assertThat(busiestSecond(sends)).isLessThanOrEqualTo(30);
        Send throttled = sends.stream().filter(s -> s.status() == 429).findFirst().orElseThrow();
        assertThat(sends.stream().filter(s -> s.status() == 429)).hasSize(1);
        assertThat(sends.stream().filter(s -> s.nanos() > throttled.nanos() && s.nanos() < throttled.nanos() + 3 * SECOND))
                .isEmpty();
        assertThat(telegram.errors()).noneMatch(e -> e.contains("flood limit"));
        Map<Long, Long> perChat = sends.stream().filter(s -> s.status() == 200)
                .collect(Collectors.groupingBy(Send::chatId, Collectors.counting()));
        assertThat(perChat).hasSize(USERS - 40).allSatisfy((chatId, count) -> assertThat(count).isEqualTo(1));
        assertThat(telegram.messages(users.get(0).id()).get(0).buttonTexts()).containsExactly("Open the shop");

        Map<DeliveryStatus, Integer> counts = shop.broadcasts.counts(id);
        assertThat(counts).containsEntry(DeliveryStatus.SENT, USERS - 40).containsEntry(DeliveryStatus.BLOCKED, 40)
                .containsEntry(DeliveryStatus.FAILED, 0).containsEntry(DeliveryStatus.PENDING, 0);
        assertThat(shop.customers.findById(new TelegramUserId(users.get(7).id())).orElseThrow().blockedBotAt()).isPresent();
        assertThat(shop.broadcasts.find(id).orElseThrow().status()).isEqualTo(BroadcastStatus.DONE);
        // 2,000 sends at 25 a second: about 80 s of the sender's time, plus the 3 s Telegram asked for.
        assertThat(time.nanoTime() - 1_000 * SECOND).isBetween(78 * SECOND, 90 * SECOND);

        int progress = shop.broadcasts.find(id).orElseThrow().progressMessage().orElseThrow();
        FakeTelegramBotApi.ChatMessage report = telegram.message(TestShop.ADMIN.value(), progress).orElseThrow();
        assertThat(report.text()).contains("finished", "2000 of 2000 done", "Sent: 1960", "Failed: 0",
                "Blocked the bot: 40");
        assertThat(report.edits()).isGreaterThanOrEqualTo(18);
        assertThat(report.buttonTexts()).noneMatch(text -> text.contains("Cancel"));
        assertThat(telegram.messages(TestShop.ADMIN.value())).hasSize(1);
    }

    @Test
    void broadcast_whenTheSenderStopsMidFlightAndAnotherResumes_everyoneGetsItAtMostOnceAndCountsAreExact() {
        List<TgUser> users = customers(300);
        // A photo the admin sent the bot while composing: Telegram holds it under this file id.
        String photo = "AgACuser" + telegram.userSendsPhoto(new TgUser(TestShop.ADMIN.value(), "Olga", "en"),
                new dev.tollgate.adapters.telegram.view.QrCodes().png("https://t.me/tollgate_bot")) + "x1280";
        BroadcastId id = start(BroadcastMessage.text("Maintenance tonight").withPhoto(photo));
        for (int step = 0; step < 12; step++) {
            deliver.deliver(new DeliverBroadcastsUseCase.Command("instance-a", 10));
        }
        // instance-a dies right after taking the next recipient, before Telegram answered: nobody knows if it arrived.
        TelegramUserId inFlight = shop.broadcasts.pending(id, 1).get(0);
        assertThat(shop.broadcasts.take(id, inFlight, "instance-a", shop.clock.instant())).isTrue();

        assertThat(deliver.deliver(new DeliverBroadcastsUseCase.Command("instance-b", 100)).idle()).isTrue();
        shop.clock.advance(LEASE.plusSeconds(1));
        assertThat(runUntilFinished("instance-b", 100).finished()).isTrue();

        assertThat(telegram.errors()).isEmpty();
        Map<Long, Long> perChat = broadcastSends().stream().filter(s -> s.status() == 200)
                .collect(Collectors.groupingBy(Send::chatId, Collectors.counting()));
        assertThat(perChat.values()).allMatch(count -> count == 1);
        assertThat(perChat.keySet()).hasSize(299).doesNotContain(inFlight.value())
                .containsAll(users.stream().map(TgUser::id).filter(u -> u != inFlight.value()).toList());
        assertThat(telegram.messages(users.get(0).id()).get(0).caption()).isEqualTo("Maintenance tonight");
        assertThat(shop.broadcasts.counts(id)).containsEntry(DeliveryStatus.SENT, 299)
                .containsEntry(DeliveryStatus.UNCONFIRMED, 1).containsEntry(DeliveryStatus.PENDING, 0)
                .containsEntry(DeliveryStatus.SENDING, 0);
        int progress = shop.broadcasts.find(id).orElseThrow().progressMessage().orElseThrow();
        assertThat(telegram.message(TestShop.ADMIN.value(), progress).orElseThrow().text())
                .contains("finished", "300 of 300 done", "Sent: 299", "Failed: 1");
    }
}
