package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One subscription URL per user across all their servers and panel types: the feed behind it, and the URL itself.
 * Apps poll the URL; it carries a token that identifies the user without exposing their Telegram id.
 */
public interface SubscriptionFeedUseCase {

    /** The feed for a token from a URL, or empty for a token that is malformed or forged. */
    Optional<Feed> feed(String token);

    /**
     * Whether a token is still the user's current one (not replaced by "reset my link"); callers that keep a rendered
     * feed in memory ask this before serving it again.
     */
    default boolean accepts(String token) {
        return feed(token).isPresent();
    }

    /** The URL to show the user, when a public base URL is configured. */
    Optional<String> urlFor(TelegramUserId user);

    /**
     * Everything an app needs: one entry per active subscription, the totals for subscription-userinfo, and every
     * subscription of the user whatever its state (the page shows them, and a user without an active one is told why).
     * {@code used} and {@code soonestExpiry} count the active subscriptions only; {@code commonExpiry} is kept for
     * callers that want the expiry shared by all of them.
     */
    /** {@code used} is all traffic of the active entries, of which {@code uploaded} went from the user's devices. */
    record Feed(TelegramUserId owner, List<Entry> entries, DataSize totalQuota, Instant commonExpiry,
                DataSize used, Instant soonestExpiry, Language language, List<Access> accesses, DataSize uploaded) {

        public Feed(TelegramUserId owner, List<Entry> entries, DataSize totalQuota, Instant commonExpiry,
                    DataSize used, Instant soonestExpiry, Language language, List<Access> accesses) {
            this(owner, entries, totalQuota, commonExpiry, used, soonestExpiry, language, accesses, DataSize.ZERO);
        }

        public Feed {
            Objects.requireNonNull(uploaded, "uploaded");
            if (uploaded.compareTo(used) > 0) {
                throw new IllegalArgumentException("uploaded " + uploaded + " is more than all traffic " + used);
            }
            Objects.requireNonNull(owner, "owner");
            entries = List.copyOf(entries);
            Objects.requireNonNull(totalQuota, "totalQuota");
            Objects.requireNonNull(used, "used");
            Objects.requireNonNull(language, "language");
            accesses = List.copyOf(accesses);
        }

        public Feed(TelegramUserId owner, List<Entry> entries, DataSize totalQuota, Instant commonExpiry) {
            this(owner, entries, totalQuota, commonExpiry, DataSize.ZERO, commonExpiry, Language.EN, List.of());
        }

        /** Traffic to the user's devices: all traffic less what they sent. */
        public DataSize downloaded() {
            return DataSize.ofBytes(used.bytes() - uploaded.bytes());
        }

        /** The expiry shared by every entry, or empty when they differ. */
        public Optional<Instant> expiry() {
            return Optional.ofNullable(commonExpiry);
        }

        /** The first moment one of the active subscriptions ends, or empty when none has an end. */
        public Optional<Instant> firstExpiry() {
            return Optional.ofNullable(soonestExpiry);
        }

        /** Why there is nothing to connect to, for a user without an active subscription. */
        public Optional<SubscriptionStatus> inactiveReason() {
            if (!entries.isEmpty()) {
                return Optional.empty();
            }
            for (SubscriptionStatus preferred : List.of(SubscriptionStatus.LIMITED, SubscriptionStatus.EXPIRED,
                    SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.REVOKED)) {
                if (accesses.stream().anyMatch(access -> access.status() == preferred)) {
                    return Optional.of(preferred);
                }
            }
            return Optional.of(SubscriptionStatus.EXPIRED);
        }
    }

    /** One server's access, both as a share link and as the parts Clash and sing-box configs are built from. */
    record Entry(String name, Protocol protocol, String host, int port, String secret, Map<String, String> parameters,
                 String shareLink) {
        public Entry {
            parameters = Map.copyOf(parameters);
        }
    }

    /** One subscription as the user's page shows it; {@code plan} is the plan's name if it has one; zero quota means unlimited. */
    record Access(String serverName, SubscriptionKind kind, SubscriptionStatus status, Optional<String> plan,
                  Optional<Instant> expiresAt, DataSize used, DataSize quota) {
        public Access {
            Objects.requireNonNull(serverName, "serverName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
