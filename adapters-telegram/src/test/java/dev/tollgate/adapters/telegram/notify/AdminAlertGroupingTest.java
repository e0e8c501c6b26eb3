package dev.tollgate.adapters.telegram.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.adapters.telegram.view.Formats;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Grouping and rate limit of admin alerts on a clock and a scheduler the test moves by hand, with their buttons. */
class AdminAlertGroupingTest {

    private static final String TOKEN = "78:alerts-test";
    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private final TestShop shop = new TestShop();
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final Texts texts = new Texts();
    private final TelegramAdminAlerts alerts = new TelegramAdminAlerts(new Chat(new OkHttpTelegramClient(TOKEN,
            new TelegramUrl("http", "127.0.0.1", telegram.baseUrl().getPort(), false)), new RateLimits(25), id -> { }),
            new Ui(texts, new Formats(texts, ZoneId.of("UTC"))), shop.admins, shop.customerSettings, WINDOW,
            (delay, task) -> {
                delays.add(delay);
                scheduled.add(task);
            }, now::get);

    @AfterEach
    void close() {
        telegram.close();
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private void runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    private List<ChatMessage> toOwner() {
        return telegram.messages(TestShop.ADMIN.value());
    }

    private static AdminAlert.ProvisioningDelayed delayed(int i) {
        return new AdminAlert.ProvisioningDelayed(new OrderId(java.util.UUID.fromString(
                (10_000_000 + i) + "-0000-4000-8000-000000000000")), new TelegramUserId(700 + i),
                new ServerId("de-1"), 1, "panel timeout " + i);
    }

    @Test
    void alertsOfOneKind_firstAtOnceTheRestAsOneSummaryWhenTheWindowCloses_thenANewWindow() {
        alerts.alert(delayed(1));
        assertThat(toOwner()).singleElement().satisfies(first -> {
            assertThat(first.text()).contains("Delivery delayed", "panel timeout 1");
            assertThat(first.buttonTexts()).containsExactly("🔁 Retry the delivery now", "🧾 Order", "👤 Customer",
                    "🖥 Server status");
            assertThat(first.buttonData("Retry")).contains("alrt:rp:" + delayed(1).order().value());
            assertThat(first.buttonData("Customer")).contains("users:c:701");
            assertThat(first.buttonData("Server status")).contains("alrt:srv:de-1");
        });

        advance(Duration.ofSeconds(10));
        for (int i = 2; i <= 8; i++) {
            alerts.alert(delayed(i));
            advance(Duration.ofSeconds(1));
        }
        alerts.alert(new AdminAlert.PanelDown(new ServerId("fr-2"), "connection refused"));
        assertThat(toOwner()).hasSize(2);
        assertThat(toOwner().get(1).text()).contains("Server fr-2 is down", "connection refused");
        assertThat(delays).containsExactly(Duration.ofSeconds(50));

        runScheduled();
        assertThat(toOwner()).as("the window is still open").hasSize(2);
        advance(Duration.ofSeconds(43));
        alerts.flush();
        assertThat(toOwner()).hasSize(3);
        ChatMessage summary = toOwner().get(2);
        assertThat(summary.text()).contains("panel timeout 8", "7 alerts of this kind in the last 60 seconds",
                "10000002, 10000003, 10000004, 10000005, 10000006, …");
        assertThat(summary.buttonData("Retry")).contains("alrt:rp:" + delayed(8).order().value());

        alerts.alert(delayed(9));
        assertThat(toOwner()).hasSize(4);
        assertThat(toOwner().get(3).text()).contains("panel timeout 9").doesNotContain("alerts of this kind");
        assertThat(telegram.errors()).isEmpty();
    }

    @Test
    void aHundredMismatchesWithinAWindow_makeTwoMessages_andTheSummaryNamesAtMostFiveOrders() {
        for (int i = 0; i < 100; i++) {
            alerts.alert(new AdminAlert.PaymentMismatch(OrderId.random(), PaymentProvider.CRYPTO_BOT, "inv-" + i,
                    Money.of(499, Currency.USD), Money.of(1, Currency.USD)));
            advance(Duration.ofMillis(200));
        }
        advance(WINDOW);
        runScheduled();

        assertThat(toOwner()).hasSize(2);
        String summary = toOwner().get(1).text();
        assertThat(summary).contains("99 alerts of this kind", "inv-99", ", …");
        assertThat(summary.substring(summary.lastIndexOf(':')).split(",")).hasSize(6);
        assertThat(toOwner().get(1).buttonTexts()).containsExactly("🧾 Order");
        assertThat(scheduled).isEmpty();
    }
}
