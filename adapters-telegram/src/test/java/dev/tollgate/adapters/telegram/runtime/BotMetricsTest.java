package dev.tollgate.adapters.telegram.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryUpdateInbox;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BotMetricsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
    private final AtomicInteger depthReads = new AtomicInteger();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final AtomicLong nanos = new AtomicLong();

    /** The inbox, counting how often its depth is read, and failing as a stopped database does when told to. */
    private final UpdateInbox counting = (UpdateInbox) Proxy.newProxyInstance(UpdateInbox.class.getClassLoader(),
            new Class<?>[] {UpdateInbox.class}, (proxy, method, args) -> {
                if (method.getName().equals("depth")) {
                    depthReads.incrementAndGet();
                    if (databaseDown.get()) {
                        throw new StoreUnavailableException("database away", null);
                    }
                }
                return method.invoke(inbox, args);
            });

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void inboxGauges_showDepthAndAgeOfTheOldestUnfinishedUpdate() {
        MutableClock clock = new MutableClock(T0.plusSeconds(90));
        inbox.store(List.of(StoredUpdate.received(1, 7, "message", "{}", T0),
                StoredUpdate.received(2, 8, "callback_query", "{}", T0.plusSeconds(30))));
        new BotMetrics(registry).watchInbox(counting, clock, nanos::get);

        assertThat(gauge("tollgate.bot.inbox.depth")).isEqualTo(2.0);
        assertThat(gauge("tollgate.bot.inbox.oldest.age")).isEqualTo(90.0);
    }

    @Test
    void inboxGauges_readTheDatabaseOncePerCacheTime() {
        MutableClock clock = new MutableClock(T0);
        new BotMetrics(registry).watchInbox(counting, clock, nanos::get);

        gauge("tollgate.bot.inbox.depth");
        gauge("tollgate.bot.inbox.oldest.age");
        nanos.addAndGet(BotMetrics.INBOX_CACHE.minusMillis(1).toNanos());
        inbox.store(List.of(StoredUpdate.received(1, 7, "message", "{}", T0)));
        assertThat(gauge("tollgate.bot.inbox.depth")).isZero();
        assertThat(depthReads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(gauge("tollgate.bot.inbox.depth")).isEqualTo(1.0);
        assertThat(gauge("tollgate.bot.inbox.oldest.age")).isZero();
        assertThat(depthReads).hasValue(2);
    }

    @Test
    void inboxGauges_whenTheDatabaseIsAway_areNaNAndAskAgainOnlyAfterTheCacheTime() {
        new BotMetrics(registry).watchInbox(counting, new MutableClock(T0), nanos::get);
        databaseDown.set(true);

        assertThat(gauge("tollgate.bot.inbox.depth")).isNaN();
        assertThat(gauge("tollgate.bot.inbox.oldest.age")).isNaN();
        assertThat(depthReads).hasValue(1);
    }

    @Test
    void updates_ofAnUnknownKind_areCountedAsOther() {
        BotMetrics metrics = new BotMetrics(registry);
        metrics.update("edited_business_message", "ok");

        assertThat(registry.get("tollgate.bot.updates").tags("kind", "other", "outcome", "ok").counter().count()).isEqualTo(1);
    }

    @Test
    void result_ofRefusedRequests_namesTheKindOfRefusalOnly() {
        assertThat(BotMetrics.result(429, "too many requests: retry after 3")).isEqualTo("rate_limited");
        assertThat(BotMetrics.result(403, "forbidden: bot was blocked by the user")).isEqualTo("blocked");
        assertThat(BotMetrics.result(409, "conflict: terminated by other getupdates request")).isEqualTo("conflict");
        assertThat(BotMetrics.result(400, "bad request: message is not modified")).isEqualTo("not_modified");
        assertThat(BotMetrics.result(400, "bad request: message to edit not found")).isEqualTo("gone");
        assertThat(BotMetrics.result(400, "bad request: chat not found")).isEqualTo("error");
        assertThat(BotMetrics.result(0, "")).isEqualTo("error");
    }
}
