package dev.tollgate.application.port.model;

import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user needs to connect: the share link, and what it is good for. {@code used} is the traffic counted so far
 * (as last synced from the panel); {@code deviceLimit} the number of devices (IPs) allowed at once, 0 for no limit;
 * {@code devicesOnline} the distinct IPs connected now where the core reports them (Xray), -1 when not known;
 * {@code endless} true for a subscription adopted from a panel client without an end date (a null {@code expiresAt}
 * otherwise means the term has not started yet); {@code elsewhere} the same access on the other servers of an
 * all-locations plan (empty for one server).
 */
public record AccessDetails(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status,
                            String serverName, String shareLink, Instant expiresAt, DataSize quota, DataSize used,
                            int deviceLimit, int devicesOnline, boolean endless, List<Location> elsewhere) {

    /** The access on one more server: where, and the share link that connects there. */
    public record Location(String serverName, String shareLink) {
        public Location {
            Objects.requireNonNull(serverName, "serverName");
            Objects.requireNonNull(shareLink, "shareLink");
        }
    }

    /** On one server only. */
    public AccessDetails(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status,
                         String serverName, String shareLink, Instant expiresAt, DataSize quota, DataSize used,
                         int deviceLimit, int devicesOnline, boolean endless) {
        this(subscription, kind, status, serverName, shareLink, expiresAt, quota, used, deviceLimit, devicesOnline,
                endless, List.of());
    }

    /** Without a count of devices online (the panel does not report it, or it was not asked). */
    public AccessDetails(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status,
                         String serverName, String shareLink, Instant expiresAt, DataSize quota, DataSize used,
                         int deviceLimit) {
        this(subscription, kind, status, serverName, shareLink, expiresAt, quota, used, deviceLimit, -1, false);
    }

    /** Without usage or a device limit (none counted yet, no limit). */
    public AccessDetails(SubscriptionId subscription, SubscriptionKind kind, SubscriptionStatus status,
                         String serverName, String shareLink, Instant expiresAt, DataSize quota) {
        this(subscription, kind, status, serverName, shareLink, expiresAt, quota, DataSize.ZERO, 0, -1, false);
    }

    public AccessDetails {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(shareLink, "shareLink");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(used, "used");
        if (deviceLimit < 0) {
            throw new IllegalArgumentException("a device limit cannot be negative: " + deviceLimit);
        }
        elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
    }

    public AccessDetails withElsewhere(List<Location> others) {
        return new AccessDetails(subscription, kind, status, serverName, shareLink, expiresAt, quota, used, deviceLimit,
                devicesOnline, endless, others);
    }

    /** The devices connected now, when the core reports them. */
    public java.util.OptionalInt onlineDevices() {
        return devicesOnline < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(devicesOnline);
    }

    public AccessDetails withDevicesOnline(int count) {
        return new AccessDetails(subscription, kind, status, serverName, shareLink, expiresAt, quota, used, deviceLimit,
                Math.max(-1, count), endless, elsewhere);
    }

    public AccessDetails withEndless(boolean noEndDate) {
        return new AccessDetails(subscription, kind, status, serverName, shareLink, expiresAt, quota, used, deviceLimit,
                devicesOnline, noEndDate, elsewhere);
    }

    /** The traffic left, or empty for an unlimited quota. */
    public Optional<DataSize> remaining() {
        return quota.isZero() ? Optional.empty()
                : Optional.of(used.compareTo(quota) >= 0 ? DataSize.ZERO : DataSize.ofBytes(quota.bytes() - used.bytes()));
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }
}
