package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
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

    /** The URL to show the user, when a public base URL is configured. */
    Optional<String> urlFor(TelegramUserId user);

    /** Everything an app needs: one entry per active subscription, and the totals for subscription-userinfo. */
    record Feed(TelegramUserId owner, List<Entry> entries, DataSize totalQuota, Instant commonExpiry) {
        public Feed {
            Objects.requireNonNull(owner, "owner");
            entries = List.copyOf(entries);
            Objects.requireNonNull(totalQuota, "totalQuota");
        }

        /** The expiry shared by every entry, or empty when they differ (apps then show none). */
        public Optional<Instant> expiry() {
            return Optional.ofNullable(commonExpiry);
        }
    }

    /** One server's access, both as a share link and as the parts Clash and sing-box configs are built from. */
    record Entry(String name, Protocol protocol, String host, int port, String secret, Map<String, String> parameters,
                 String shareLink) {
        public Entry {
            parameters = Map.copyOf(parameters);
        }
    }
}
