package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A client as a panel should hold it. {@code email} is the key every panel and core agrees on; {@code secret} is
 * the UUID (VLESS, VMess) or password (Trojan, Shadowsocks). A zero quota means unlimited, a null expiry never
 * expires, and a non-null {@code startOnFirstUse} asks panels that support it to start the term at first traffic.
 */
public record PanelClient(String email, String secret, Protocol protocol, DataSize quota, Instant expiresAt,
                          Duration startOnFirstUse, boolean enabled, TelegramUserId owner,
                          String subscriptionKey, int deviceLimit) {

    public PanelClient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(subscriptionKey, "subscriptionKey");
        if (deviceLimit < 0) {
            throw new IllegalArgumentException("a device limit cannot be negative: " + deviceLimit);
        }
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Duration> delayedStart() {
        return Optional.ofNullable(startOnFirstUse);
    }

    public PanelClient withEnabled(boolean newEnabled) {
        return new PanelClient(email, secret, protocol, quota, expiresAt, startOnFirstUse, newEnabled, owner,
                subscriptionKey, deviceLimit);
    }

    @Override
    public String toString() {
        return "PanelClient[email=" + email + ", protocol=" + protocol + ", enabled=" + enabled + "]";
    }
}
