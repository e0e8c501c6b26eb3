package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Usage records in a map by subscription and server; passes {@link dev.tollgate.application.contracts.UsageRecordsContract}. */
public final class InMemoryUsageRecords implements UsageRecords {

    private final Map<SubscriptionId, Map<ServerId, TrafficUsage>> records = new HashMap<>();

    @Override
    public synchronized void record(ServerId server, Map<SubscriptionId, TrafficUsage> usage, Instant syncedAt) {
        usage.forEach((subscription, traffic) -> records.computeIfAbsent(subscription, id -> new HashMap<>()).put(server, traffic));
    }

    @Override
    public synchronized void forget(SubscriptionId subscription, ServerId server) {
        Map<ServerId, TrafficUsage> perServer = records.get(subscription);
        if (perServer != null) {
            perServer.remove(server);
        }
    }

    @Override
    public synchronized Map<SubscriptionId, TrafficUsage> totals(Collection<SubscriptionId> subscriptions) {
        Map<SubscriptionId, TrafficUsage> totals = new HashMap<>();
        for (SubscriptionId id : subscriptions) {
            Map<ServerId, TrafficUsage> perServer = records.get(id);
            if (perServer != null) {
                totals.put(id, perServer.values().stream().reduce(TrafficUsage.NONE,
                        (a, b) -> new TrafficUsage(a.uplink().plus(b.uplink()), a.downlink().plus(b.downlink()))));
            }
        }
        return totals;
    }
}
