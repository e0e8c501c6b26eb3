package dev.tollgate.application.port.model;

import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a user needs to connect: the share link, and what it is good for. */
public record AccessDetails(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status,
                            String serverName, String shareLink, Instant expiresAt, DataSize quota) {

    public AccessDetails {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(shareLink, "shareLink");
        Objects.requireNonNull(quota, "quota");
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }
}
