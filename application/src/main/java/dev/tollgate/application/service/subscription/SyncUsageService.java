package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.SyncUsageUseCase;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies the panels' traffic counters into {@link UsageRecords}: one {@code usageOfAll} per panel that lists usage
 * (QueryStats by pattern, 3x-UI's client traffics, S-UI's client list), one call per client otherwise. A panel that
 * does not answer keeps its last record; the other panels are synced all the same. No transaction is open while a
 * panel is called; each server's records are stored in one.
 */
public final class SyncUsageService implements SyncUsageUseCase {

    private static final System.Logger LOG = System.getLogger(SyncUsageService.class.getName());

    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final UsageRecords records;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SyncUsageService(SubscriptionRepository subscriptions, ServerCatalog servers, PanelGateways gateways,
                            UsageRecords records, TransactionRunner transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.gateways = gateways;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result sync() {
        Map<ServerId, List<Subscription>> byServer = new LinkedHashMap<>();
        Map<dev.tollgate.domain.subscription.SubscriptionId, List<ServerId>> extra = subscriptions.extraPlacements();
        for (Subscription subscription : subscriptions.findByStatus(
                Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.LIMITED))) {
            byServer.computeIfAbsent(subscription.server(), id -> new ArrayList<>()).add(subscription);
            // All-locations plans: each server counts its own traffic; the records are summed per subscription.
            for (ServerId also : extra.getOrDefault(subscription.id(), List.of())) {
                byServer.computeIfAbsent(also, id -> new ArrayList<>()).add(subscription);
            }
        }
        int synced = 0;
        int failed = 0;
        int subscriptionsSynced = 0;
        int calls = 0;
        for (ServerSettings server : servers.all()) {
            List<Subscription> live = byServer.getOrDefault(server.id(), List.of());
            if (live.isEmpty()) {
                continue;
            }
            PanelGateway gateway = gateways.forServer(server.id());
            Map<SubscriptionId, TrafficUsage> usage = new HashMap<>(live.size() * 2);
            try {
                if (gateway.capabilities().contains(PanelCapability.LISTS_USAGE)) {
                    calls++;
                    Map<String, TrafficUsage> all = gateway.usageOfAll();
                    for (Subscription subscription : live) {
                        String email = subscription.credential().email().toLowerCase(Locale.ROOT);
                        usage.put(subscription.id(), all.getOrDefault(email, TrafficUsage.NONE));
                    }
                } else {
                    for (Subscription subscription : live) {
                        calls++;
                        usage.put(subscription.id(), gateway.usage(clientOf(server, subscription)));
                    }
                }
            } catch (PanelException e) {
                failed++;
                LOG.log(Level.WARNING, "usage of server {0} not synced (its last record stays): {1}", server.id(),
                        e.getMessage());
                continue;
            }
            Instant now = clock.instant();
            transactions.run(() -> records.record(server.id(), usage, now));
            synced++;
            subscriptionsSynced += usage.size();
        }
        return new Result(synced, failed, subscriptionsSynced, calls);
    }

    /** The client a panel knows the subscription by: reading usage needs the email; the rest is what is stored. */
    private static PanelClient clientOf(ServerSettings server, Subscription subscription) {
        return new PanelClient(subscription.credential().email(), subscription.credential().secret(), server.protocol(),
                subscription.quota(), subscription.expiresAt().orElse(null), null,
                subscription.status() == SubscriptionStatus.ACTIVE, subscription.owner(),
                subscription.credential().email(), subscription.deviceLimit());
    }
}
