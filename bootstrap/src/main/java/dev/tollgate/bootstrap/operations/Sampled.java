package dev.tollgate.bootstrap.operations;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code ttl}, so that the gauges of one scrape (and scrapes close together) share one
 * database query. A failed read is remembered as "no value" for the same time: a database that is down is not asked
 * again by every gauge of the scrape.
 */
final class Sampled<T> {

    private final Supplier<T> source;
    private final Consumer<T> onRead;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private Optional<T> value = Optional.empty();
    private long readAt;
    private boolean read;

    Sampled(Supplier<T> source, Duration ttl, LongSupplier nanoTime) {
        this(source, ttl, nanoTime, value -> { });
    }

    /** {@code onRead} sees every value read from the source (to register the meters of groups it shows first). */
    Sampled(Supplier<T> source, Duration ttl, LongSupplier nanoTime, Consumer<T> onRead) {
        this.source = source;
        this.onRead = onRead;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized Optional<T> get() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= ttlNanos) {
            try {
                value = Optional.ofNullable(source.get());
                value.ifPresent(onRead);
            } catch (RuntimeException e) {
                value = Optional.empty();
            }
            readAt = now;
            read = true;
        }
        return value;
    }
}
