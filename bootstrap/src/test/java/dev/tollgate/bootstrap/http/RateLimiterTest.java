package dev.tollgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(60, nanos::get);

    @Test
    void tryAcquire_afterABurstOfTheMinutesAllowance_refusesUntilATokenIsBack() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).as("request %d", i).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another address has its own bucket").isTrue();

        nanos.addAndGet(1_000_000_000L);

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void tryAcquire_whenTheLimitIsOff_alwaysAllows() {
        RateLimiter off = new RateLimiter(0, nanos::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(off.tryAcquire("10.0.0.1")).isTrue();
        }
    }
}
