package dev.tollgate.adapters.telegram.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down a user who floods the bot: past {@code limit} updates in a window, the first extra one gets a polite
 * message and the rest are dropped until the window passes. Nobody else waits for it. Per instance, in memory.
 */
public final class FloodGuard {

    public enum Verdict { PASS, WARN, DROP }

    private final int limit;
    private final Duration window;
    private final Map<Long, Window> users = new ConcurrentHashMap<>();

    public FloodGuard(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    public Verdict check(long user, Instant now) {
        if (users.size() > 100_000) {
            users.values().removeIf(w -> w.start.plus(window).isBefore(now));
        }
        Window current = users.compute(user, (id, w) -> w == null || !w.start.plus(window).isAfter(now) ? new Window(now) : w);
        synchronized (current) {
            current.count++;
            if (current.count <= limit) {
                return Verdict.PASS;
            }
            return current.count == limit + 1 ? Verdict.WARN : Verdict.DROP;
        }
    }

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }
}
