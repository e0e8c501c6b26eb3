package dev.tollgate.adapters.telegram.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.application.fakes.InMemoryUpdateInbox;
import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.UpdateInbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Long polling confirms an update to Telegram only once it is stored; while the database is away nothing is confirmed. */
class PollingIntakeTest {

    private static final String TOKEN = "5:intake";

    /** The in-memory inbox, with a switch that makes it unreachable like a stopped database. */
    private static final class FlakyInbox implements UpdateInbox {
        final InMemoryUpdateInbox inner = new InMemoryUpdateInbox();
        final AtomicBoolean down = new AtomicBoolean();

        private void check() {
            if (down.get()) {
                throw new StoreUnavailableException("database away", null);
            }
        }

        @Override
        public int store(List<StoredUpdate> updates) {
            check();
            return inner.store(updates);
        }

        @Override
        public List<StoredUpdate> claim(String owner, int limit, Instant now, Instant leaseUntil) {
            check();
            return inner.claim(owner, limit, now, leaseUntil);
        }

        @Override
        public int renew(String owner, Instant leaseUntil) {
            return inner.renew(owner, leaseUntil);
        }

        @Override
        public boolean finish(long updateId, String owner, String outcome, Instant now) {
            return inner.finish(updateId, owner, outcome, now);
        }

        @Override
        public boolean finishForgettingPayload(long updateId, String owner, String outcome, Instant now) {
            return inner.finishForgettingPayload(updateId, owner, outcome, now);
        }

        @Override
        public boolean retryLater(long updateId, String owner, Instant notBefore) {
            return inner.retryLater(updateId, owner, notBefore);
        }

        @Override
        public int release(String owner) {
            return inner.release(owner);
        }

        @Override
        public int pruneFinished(Instant before, int limit) {
            return inner.pruneFinished(before, limit);
        }

        @Override
        public Depth depth() {
            check();
            return inner.depth();
        }
    }

    @Test
    void whileTheDatabaseIsAway_nothingIsConfirmedToTelegram_andEverythingIsStoredWhenItReturns() throws Exception {
        try (FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN)) {
            FlakyInbox inbox = new FlakyInbox();
            inbox.down.set(true);
            OkHttpTelegramClient client = new OkHttpTelegramClient(TOKEN,
                    new TelegramUrl("http", "127.0.0.1", telegram.baseUrl().getPort(), false));
            InboxWorkers idle = new InboxWorkers(inbox, null, Clock.systemUTC(),
                    new InboxWorkers.Settings(1, Duration.ofSeconds(5), Duration.ofMillis(50), 3, Duration.ofHours(1)), "t");
            PollingIntake intake = new PollingIntake(client, inbox, idle, update -> { }, BotRuntime.ALLOWED_UPDATES, 1000,
                    Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                telegram.userSends(new TgUser(300 + i, "U" + i, "en"), "/start");
            }
            intake.start();
            try {
                Thread.sleep(1500);
                assertThat(telegram.unconfirmedUpdates()).as("Telegram keeps them").isEqualTo(5);
                assertThat(inbox.inner.depth().unfinished()).isZero();

                inbox.down.set(false);
                awaitUntil(() -> inbox.inner.depth().unfinished() == 5);
                telegram.userSends(new TgUser(400, "Late", "en"), "/help");
                awaitUntil(() -> inbox.inner.depth().unfinished() == 6 && telegram.unconfirmedUpdates() <= 1);
            } finally {
                intake.stop();
            }
            assertThat(telegram.errors()).isEmpty();
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
