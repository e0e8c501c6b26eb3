package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The traffic each subscription has used on each of its servers, as last read from the panels by the usage sync;
 * the limits job, the bot and the feed read it instead of asking a panel.
 */
public interface UsageRecords {

    /** Stores what one server's panel counted for these subscriptions (replacing what was stored for that server). */
    void record(ServerId server, Map<SubscriptionId, TrafficUsage> usage, Instant syncedAt);

    /** Drops what one server counted for a subscription (it moved away, its usage carried into its quota). */
    void forget(SubscriptionId subscription, ServerId server);

    /** Each subscription's traffic summed over its servers; a subscription never synced is absent. */
    Map<SubscriptionId, TrafficUsage> totals(Collection<SubscriptionId> subscriptions);
}
