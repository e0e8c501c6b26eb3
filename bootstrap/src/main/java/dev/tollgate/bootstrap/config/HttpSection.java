package dev.tollgate.bootstrap.config;

import static dev.tollgate.bootstrap.config.Values.between;
import static dev.tollgate.bootstrap.config.Values.nullToEmpty;
import static dev.tollgate.bootstrap.config.Values.positive;

import dev.tollgate.bootstrap.http.HttpSettings;
import java.time.Duration;
import java.util.List;

/** The HTTP front's {@code http.*} settings beyond host, port and public URL; every problem is collected. */
final class HttpSection {

    private HttpSection() {
    }

    static HttpSettings parse(List<String> problems, TollgateConfig.Http h, int port, String publicUrl) {
        int interval = between(problems, "http.updateIntervalHours", h.updateIntervalHours(), 1, 168, "");
        int perMinute = between(problems, "http.subRequestsPerMinute", h.subRequestsPerMinute(), 0, 1_000_000, "(0 is off)");
        int threads = between(problems, "http.maxThreads", h.maxThreads(), 4, 1000, "");
        Duration ttl = h.feedCacheTtl();
        if (ttl == null || ttl.isNegative()) {
            problems.add(Variables.key("http.feedCacheTtl") + " must not be negative (PT0S turns the cache off)");
            ttl = Duration.ZERO;
        }
        Duration idle = positive(problems, "http.idleTimeout", h.idleTimeout());
        String support = nullToEmpty(h.supportUrl()).trim();
        if (!support.isEmpty() && !(support.startsWith("https://") || support.startsWith("http://") || support.startsWith("tg://"))) {
            problems.add(Variables.key("http.supportUrl") + " must be an http(s) or tg:// URL such as https://t.me/yoursupport");
        }
        return new HttpSettings(nullToEmpty(h.host()), port, publicUrl, nullToEmpty(h.shopName()).trim(), support, interval,
                perMinute, ttl, idle, threads, nullToEmpty(h.metricsToken()).trim());
    }
}
