package dev.tollgate.adapters.telegram.runtime;

import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.Depth;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The bot's meters: {@code tollgate_bot_updates_total{kind,outcome}} (handled, retried, failed),
 * {@code tollgate_bot_api_calls_total{method,result}} (one per attempt: ok, rate_limited for a 429, blocked,
 * conflict for a 409 of getUpdates, not_modified, gone, error, network_error), and the inbox gauges {@code tollgate_bot_inbox_depth} and
 * {@code tollgate_bot_inbox_oldest_age_seconds}, read from the database at most once per {@link #INBOX_CACHE}.
 * Labels are update kinds and Bot API method names only; never a chat id, a token or a text.
 */
public final class BotMetrics {

    static final Duration INBOX_CACHE = Duration.ofSeconds(5);

    /** The kinds {@link Updates#kind} gives; anything else (an older row, a new kind) is counted as "other". */
    private static final Set<String> KINDS = Set.of("callback_query", "pre_checkout_query", "successful_payment",
            "message", "my_chat_member", "other");

    private final MeterRegistry registry;

    public BotMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Meters that go nowhere, for code built without a registry (unit tests of one class). */
    public static BotMetrics discarding() {
        return new BotMetrics(new CompositeMeterRegistry());
    }

    void update(String kind, String outcome) {
        Counter.builder("tollgate.bot.updates").description("Telegram updates taken from the inbox, by outcome")
                .tags("kind", KINDS.contains(kind) ? kind : "other", "outcome", outcome).register(registry).increment();
    }

    void apiCall(String method, String result) {
        Counter.builder("tollgate.bot.api.calls").description("Bot API requests, one per attempt, by result")
                .tags("method", method, "result", result).register(registry).increment();
    }

    /** The result label of a refused request: the kind of refusal, never its text ({@code description} lower-cased). */
    static String result(int code, String description) {
        if (code == 429) {
            return "rate_limited";
        }
        if (code == 403) {
            return "blocked";
        }
        if (code == 409) {
            return "conflict";
        }
        if (code == 400 && description.contains("message is not modified")) {
            return "not_modified";
        }
        if (code == 400 && (description.contains("message to edit not found")
                || description.contains("message can't be edited"))) {
            return "gone";
        }
        return "error";
    }

    /** Registers the inbox gauges; {@code nanoTime} paces the cache, {@code clock} measures the age. */
    public void watchInbox(UpdateInbox inbox, Clock clock, LongSupplier nanoTime) {
        InboxSample sample = new InboxSample(inbox, nanoTime);
        Gauge.builder("tollgate.bot.inbox.depth", sample, s -> s.depth().map(d -> (double) d.unfinished()).orElse(Double.NaN))
                .description("Telegram updates stored and not finished yet").strongReference(true).register(registry);
        Gauge.builder("tollgate.bot.inbox.oldest.age", sample, s -> s.depth()
                        .map(d -> d.oldest().map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis())
                                / 1000.0).orElse(0.0)).orElse(Double.NaN))
                .description("age of the oldest unfinished Telegram update (0 when none)").baseUnit("seconds")
                .strongReference(true).register(registry);
    }

    /** One database read serves both gauges, and every scrape within the cache time. */
    private static final class InboxSample {

        private final UpdateInbox inbox;
        private final LongSupplier nanoTime;
        private Optional<Depth> last = Optional.empty();
        private long readAt;
        private boolean read;

        InboxSample(UpdateInbox inbox, LongSupplier nanoTime) {
            this.inbox = inbox;
            this.nanoTime = nanoTime;
        }

        synchronized Optional<Depth> depth() {
            long now = nanoTime.getAsLong();
            if (!read || now - readAt >= INBOX_CACHE.toNanos()) {
                try {
                    last = Optional.of(inbox.depth());
                } catch (RuntimeException e) {
                    // The database is away: NaN until it answers, asked again only after the cache time.
                    last = Optional.empty();
                }
                readAt = now;
                read = true;
            }
            return last;
        }
    }
}
