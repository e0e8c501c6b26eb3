package dev.tollgate.bootstrap.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP front's settings. {@code subRequestsPerMinute} limits {@code /sub/} per client address (0 = off);
 * {@code metricsToken}, when set, must be sent as {@code Authorization: Bearer <token>} to read {@code /metrics}.
 */
public record HttpSettings(String host, int port, String publicUrl, String shopName, String supportUrl,
                           int updateIntervalHours, int subRequestsPerMinute, Duration feedCacheTtl,
                           Duration idleTimeout, int maxThreads, String metricsToken) {

    public static final int MAX_HEADER_BYTES = 8 * 1024;
    public static final int MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        publicUrl = publicUrl == null ? "" : publicUrl;
        shopName = shopName == null || shopName.isBlank() ? "Tollgate" : shopName;
        supportUrl = supportUrl == null ? "" : supportUrl;
        metricsToken = metricsToken == null ? "" : metricsToken;
        Objects.requireNonNull(feedCacheTtl, "feedCacheTtl");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
    }

    /** Defaults for everything but the address. */
    public static HttpSettings defaults(String host, int port, String publicUrl) {
        return new HttpSettings(host, port, publicUrl, "Tollgate", "", 12, 120, Duration.ofSeconds(30),
                Duration.ofSeconds(15), 32, "");
    }
}
