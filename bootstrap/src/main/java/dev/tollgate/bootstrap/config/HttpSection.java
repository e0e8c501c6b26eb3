package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.ConfigLoader.nullToEmpty;

import dev.tollgate.bootstrap.http.HttpSettings;
import java.time.Duration;
import java.util.List;

/** The HTTP front's {@code http.*} settings beyond host, port and public URL; every problem is collected. */
final class HttpSection {

    private HttpSection() {
    }

    static HttpSettings parse(List<String> problems, TollgateConfig.Http h, int port, String publicUrl) {
        int interval = h.updateIntervalHours() == null ? 12 : h.updateIntervalHours();
        if (interval < 1 || interval > 168) {
            problems.add("http.updateIntervalHours (TOLLGATE_HTTP_UPDATE_INTERVAL_HOURS) must be 1 to 168");
        }
        int perMinute = h.subRequestsPerMinute() == null ? 120 : h.subRequestsPerMinute();
        if (perMinute < 0) {
            problems.add("http.subRequestsPerMinute (TOLLGATE_HTTP_SUB_REQUESTS_PER_MINUTE) must be 0 (off) or more");
        }
        int threads = h.maxThreads() == null ? 32 : h.maxThreads();
        if (threads < 4 || threads > 1000) {
            problems.add("http.maxThreads (TOLLGATE_HTTP_MAX_THREADS) must be 4 to 1000");
        }
        Duration ttl = h.feedCacheTtl() == null ? Duration.ofSeconds(30) : h.feedCacheTtl();
        if (ttl.isNegative()) {
            problems.add("http.feedCacheTtl (TOLLGATE_HTTP_FEED_CACHE_TTL) must not be negative (PT0S turns the cache off)");
        }
        Duration idle = h.idleTimeout() == null ? Duration.ofSeconds(15) : h.idleTimeout();
        if (idle.isNegative() || idle.isZero()) {
            problems.add("http.idleTimeout (TOLLGATE_HTTP_IDLE_TIMEOUT) must be positive");
        }
        String support = nullToEmpty(h.supportUrl()).trim();
        if (!support.isEmpty() && !(support.startsWith("https://") || support.startsWith("http://") || support.startsWith("tg://"))) {
            problems.add("http.supportUrl (TOLLGATE_HTTP_SUPPORT_URL) must be an http(s) or tg:// URL such as https://t.me/yoursupport");
        }
        return new HttpSettings(nullToEmpty(h.host()), port, publicUrl, nullToEmpty(h.shopName()).trim(), support, interval,
                perMinute, ttl, idle, threads, nullToEmpty(h.metricsToken()).trim());
    }
}
