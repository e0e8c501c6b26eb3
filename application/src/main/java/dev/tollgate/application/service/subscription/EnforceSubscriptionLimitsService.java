package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.EnforceSubscriptionLimitsUseCase;
import dev.tollgate.application.port.in.SyncUsageUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads usage from the panels and cuts access that is over. The panel is disabled first and the new state stored
 * after, so a panel that does not answer leaves the subscription as it was for the next run to try again. With a
 * usage sync, each run syncs first (one call per listing panel) and takes the recorded usage of every subscription
 * that has not changed since it was listed; others (renewed meanwhile, or never synced) are read live.
 */
public final class EnforceSubscriptionLimitsService implements EnforceSubscriptionLimitsUseCase {

    private static final System.Logger LOG = System.getLogger(EnforceSubscriptionLimitsService.class.getName());

    private final SubscriptionRepository subscriptions;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;
    private final Optional<SyncUsageUseCase> sync;
    private final Optional<UsageRecords> records;

    public EnforceSubscriptionLimitsService(SubscriptionRepository subscriptions, ServerCatalog servers,
                                            PanelGateways gateways, SubscriptionProvisioner provisioner,
                                            TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this(subscriptions, servers, gateways, provisioner, transactions, notices, clock, null, null);
    }

    /** Syncing usage first and reading it from the records. */
    public EnforceSubscriptionLimitsService(SubscriptionRepository subscriptions, ServerCatalog servers,
                                            PanelGateways gateways, SubscriptionProvisioner provisioner,
                                            TransactionRunner transactions, CustomerNotices notices, Clock clock,
                                            SyncUsageUseCase sync, UsageRecords records) {
        this.sync = Optional.ofNullable(sync);
        this.records = Optional.ofNullable(records);
        this.subscriptions = subscriptions;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result enforce() {
        int checked = 0;
        int expired = 0;
        int limited = 0;
        int panelErrors = 0;
        Instant now = clock.instant();
        List<Subscription> listed = subscriptions.findByStatus(Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.LIMITED));
        sync.ifPresent(SyncUsageUseCase::sync);
        Map<dev.tollgate.domain.subscription.SubscriptionId, TrafficUsage> synced = records
                .map(r -> r.totals(listed.stream().map(Subscription::id).toList())).orElse(Map.of());
        for (Subscription subscription : listed) {
            if (servers.find(subscription.server()).isEmpty()) {
                continue;
            }
            checked++;
            try {
                // The list may be minutes old by now: a renewal committed meanwhile must not be cut on a stale copy.
                Optional<Subscription> fresh = subscriptions.findById(subscription.id())
                        .filter(s -> s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.LIMITED);
                if (fresh.isEmpty()) {
                    continue;
                }
                // A record synced after the list was taken is only trusted while the subscription is as listed.
                Optional<TrafficUsage> recorded = fresh.get().version() == subscription.version()
                        ? Optional.ofNullable(synced.get(subscription.id())) : Optional.empty();
                Optional<Notice.SuspensionReason> cut = check(fresh.get(), recorded, now);
                if (cut.isPresent()) {
                    if (cut.get() == Notice.SuspensionReason.EXPIRED) {
                        expired++;
                    } else {
                        limited++;
                    }
                    notices.send(subscription.owner(), new Notice.AccessSuspended(subscription.id(), cut.get()));
                }
            } catch (PanelException e) {
                panelErrors++;
                LOG.log(Level.WARNING, "could not check {0} on {1}: {2}", subscription.id(), subscription.server(),
                        e.getMessage());
            } catch (ConcurrentUpdateException raced) {
                // It changed between our panel call and our write (a renewal, say): put the panel back in line with
                // what is stored now, so a client we just disabled is not left disabled for a subscription that is active.
                LOG.log(Level.INFO, "subscription {0} changed while checked; re-applying its stored state", subscription.id());
                subscriptions.findById(subscription.id()).filter(s -> s.status() == SubscriptionStatus.ACTIVE).ifPresent(current -> {
                    try {
                        for (ServerId on : subscriptions.serversOf(current)) {
                            gateways.forServer(on).createClient(provisioner.clientFor(current, now));
                        }
                    } catch (PanelException e) {
                        LOG.log(Level.WARNING, "could not re-apply {0}: {1}", current.id(), e.getMessage());
                    }
                });
            }
        }
        return new Result(checked, expired, limited, panelErrors);
    }

    private Optional<Notice.SuspensionReason> check(Subscription stored, Optional<TrafficUsage> recorded, Instant now) {
        List<ServerId> on = subscriptions.serversOf(stored);
        Subscription target = stored.copy();
        boolean changed = false;
        if (stored.status() == SubscriptionStatus.ACTIVE) {
            // Without a synced record, each server it is on is asked (all-locations plans: the sum of them).
            DataSize usage = recorded.map(TrafficUsage::total).orElseGet(() -> on.stream()
                    .map(server -> gateways.forServer(server).usage(provisioner.clientFor(stored, now)).total())
                    .reduce(DataSize.ZERO, DataSize::plus));
            boolean startedNow = target.awaitingFirstUse() && !usage.isZero();
            changed = !usage.equals(stored.trafficUsed()) || startedNow;
            target.recordUsage(usage, now);
        }
        Optional<Notice.SuspensionReason> cut = Optional.empty();
        if (target.isPastExpiry(now)) {
            target.expire(now);
            cut = Optional.of(Notice.SuspensionReason.EXPIRED);
        } else if (target.status() == SubscriptionStatus.LIMITED && stored.status() == SubscriptionStatus.ACTIVE) {
            cut = Optional.of(Notice.SuspensionReason.TRAFFIC_USED_UP);
        }
        if (cut.isPresent()) {
            for (ServerId server : on) {
                gateways.forServer(server).disableClient(provisioner.clientFor(target, now));
            }
        }
        if (changed || cut.isPresent()) {
            transactions.run(() -> subscriptions.update(target));
        }
        return cut;
    }
}
