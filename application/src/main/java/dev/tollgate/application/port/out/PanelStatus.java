package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The last recorded health check of one server's panel: whether it answered, how long it took, and whether a core
 * restart was seen that reconciliation has not yet repaired ({@code restartPending}).
 */
public record PanelStatus(ServerId server, boolean reachable, String version, Duration latency, Instant checkedAt,
                          String detail, boolean restartPending) {

    public PanelStatus {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(checkedAt, "checkedAt");
        version = version == null ? "" : version;
        detail = detail == null ? "" : detail;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("a latency cannot be negative: " + latency);
        }
    }

    /** The status a check produced from a gateway's answer. */
    public static PanelStatus of(ServerId server, PanelHealth health, Duration latency, Instant checkedAt) {
        return new PanelStatus(server, health.reachable(), health.version(), latency, checkedAt, health.detail(),
                health.reachable() && health.restartedSinceLastCheck());
    }
}
