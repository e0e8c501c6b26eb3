package dev.tollgate.application.port.out;

import java.util.Objects;

/**
 * A panel's answer to a health check. {@code restartedSinceLastCheck} is set once by gateways of cores that forget
 * API-added clients when they restart, so the application re-applies the clients that should exist.
 */
public record PanelHealth(boolean reachable, String version, boolean restartedSinceLastCheck, String detail) {

    public PanelHealth {
        version = version == null ? "" : version;
        detail = Objects.requireNonNullElse(detail, "");
    }

    public static PanelHealth up(String version, boolean restarted) {
        return new PanelHealth(true, version, restarted, "");
    }

    public static PanelHealth down(String detail) {
        return new PanelHealth(false, "", false, detail);
    }
}
