package dev.tollgate.adapters.telegram.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's sending limits, as waits: about one message a second per private chat (short bursts allowed), 20 a
 * minute per group, and about 30 a second overall for bulk sends (notices, reminders, broadcasts). Replies to a
 * user's own update are not held behind the bulk budget. A 429's retry_after pauses that chat, or all bulk sends.
 * The bulk budget allows a burst of a fifth of a second's worth, so no second ever carries more than
 * {@code 1.2 × bulkPerSecond} bulk messages (30 at the default 25).
 */
public final class RateLimits {

    /** Replies to what a user just did, or unsolicited messages (notices, alerts, broadcasts). */
    public enum Priority { INTERACTIVE, BULK }

    /** Where the waits come from: the system's clock and sleep, or a test's virtual time. */
    public interface Ticker {
        long nanoTime();

        void sleep(long nanos) throws InterruptedException;

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                if (nanos > 0) {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                }
            }
        };
    }

    private static final int CHAT_BURST = 3;

    private final Map<Long, Bucket> chats = new ConcurrentHashMap<>();
    private final Bucket bulk;
    private final Ticker ticker;
    private volatile long bulkPausedUntil;

    public RateLimits(int bulkPerSecond) {
        this(bulkPerSecond, Ticker.SYSTEM);
    }

    public RateLimits(int bulkPerSecond, Ticker ticker) {
        this.ticker = ticker;
        this.bulk = new Bucket(Math.max(1, bulkPerSecond / 5), bulkPerSecond, ticker);
        this.bulkPausedUntil = ticker.nanoTime();
    }

    /** Waits {@code duration} on this limiter's clock (a 429's retry_after). */
    public void sleep(Duration duration) throws InterruptedException {
        ticker.sleep(duration.toNanos());
    }

    /** Waits until a message to {@code chatId} may be sent at this priority. */
    public void acquire(Priority priority, long chatId) throws InterruptedException {
        if (priority == Priority.BULK) {
            sleepUntil(bulkPausedUntil);
            sleep(bulk.take());
        }
        Bucket chat = chats.computeIfAbsent(chatId, id -> id < 0 ? new Bucket(CHAT_BURST, 20.0 / 60, ticker)
                : new Bucket(CHAT_BURST, 1, ticker));
        sleep(chat.take());
        if (chats.size() > 50_000) {
            long now = ticker.nanoTime();
            chats.values().removeIf(bucket -> bucket.idleSince(now) > Duration.ofMinutes(1).toNanos());
        }
    }

    /** Telegram said "retry after": nothing more to this chat (and, for bulk, to anyone) until then. */
    public void pause(long chatId, Duration retryAfter, Priority priority) {
        long until = ticker.nanoTime() + retryAfter.toNanos();
        chats.computeIfAbsent(chatId, id -> new Bucket(CHAT_BURST, 1, ticker)).pauseUntil(until);
        if (priority == Priority.BULK) {
            bulkPausedUntil = Math.max(bulkPausedUntil, until);
        }
    }

    private void sleepUntil(long nanoTime) throws InterruptedException {
        sleep(nanoTime - ticker.nanoTime());
    }

    private void sleep(long nanos) throws InterruptedException {
        if (nanos > 0) {
            ticker.sleep(nanos);
        }
    }

    /** A token bucket that hands out reservations: each take returns how long the caller must wait. */
    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private final Ticker ticker;
        private double tokens;
        private long last;
        private long pausedUntil;

        Bucket(double capacity, double perSecond, Ticker ticker) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
            this.ticker = ticker;
            this.last = ticker.nanoTime();
            this.pausedUntil = last;
        }

        synchronized long take() {
            long now = ticker.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            tokens -= 1;
            long wait = tokens >= 0 ? 0 : (long) (-tokens / perNano);
            return Math.max(wait, pausedUntil - now);
        }

        synchronized void pauseUntil(long nanoTime) {
            pausedUntil = Math.max(pausedUntil, nanoTime);
        }

        synchronized long idleSince(long now) {
            return tokens >= capacity - 1e-9 ? now - last : 0;
        }
    }
}
