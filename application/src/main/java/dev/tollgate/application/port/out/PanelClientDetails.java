package dev.tollgate.application.port.out;

import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One panel client read in full ({@link PanelCapability#READS_CLIENTS}), in our units, for an import: what a
 * subscription adopting it keeps. {@code email} is spelt as the panel stores it; {@code secret} is the UUID (VLESS,
 * VMess) or password (Trojan, Shadowsocks) for the server's protocol; {@code expiresAt} is null for "never" and for a
 * term that starts at the first traffic ({@code delayedStart}, then its length); {@code deviceLimit} 0 for none;
 * {@code telegramId} 0 when the panel names no Telegram user; {@code note} the panel's free text.
 */
public record PanelClientDetails(String email, String secret, boolean enabled, DataSize quota, Instant expiresAt,
                                 Duration delayedStart, int deviceLimit, long telegramId, String note,
                                 TrafficUsage used) {

    public PanelClientDetails {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(used, "used");
        note = note == null ? "" : note;
        deviceLimit = Math.max(0, deviceLimit);
        if (delayedStart != null && (delayedStart.isZero() || delayedStart.isNegative())) {
            delayedStart = null;
        }
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Duration> startOnFirstUse() {
        return Optional.ofNullable(delayedStart);
    }

    @Override
    public String toString() {
        return "PanelClientDetails[email=" + email + ", enabled=" + enabled + ", secret=***]";
    }
}
