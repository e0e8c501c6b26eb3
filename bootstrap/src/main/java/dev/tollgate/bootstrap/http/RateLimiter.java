package dev.tollgate.bootstrap.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per client address: {@code perMinute} requests a minute, in bursts of up to that many. */
final class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, long[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Whether this client may make one more request now; always true when the limit is off (0). */
    boolean tryAcquire(String client) {
        if (perMinute <= 0) {
            return true;
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        long now = nanoTime.getAsLong();
        long nanosPerToken = 60_000_000_000L / perMinute;
        // bucket[0] = the time at which the bucket is empty again; a full bucket is "now - perMinute tokens".
        long[] bucket = buckets.computeIfAbsent(client, c -> new long[] {now - 60_000_000_000L});
        synchronized (bucket) {
            long emptyAt = Math.max(bucket[0], now - 60_000_000_000L);
            if (emptyAt + nanosPerToken > now) {
                return false;
            }
            bucket[0] = emptyAt + nanosPerToken;
            return true;
        }
    }
}
