package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.CheckPanelsUseCase;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cores forget clients added over their API when they restart; when the recorded panel status carries a restart
 * signal, every active subscription of that server is created again (creation is idempotent, so nothing is
 * duplicated). Each run checks the panels first, so a restart is repaired within one interval, and this is the only
 * place that takes the signal: a monitor polling {@code /health} reads the record and cannot consume it. The first
 * time a core without persistent clients is seen up, the same happens, since it may have restarted unwatched.
 */
public final class ReconcilePanelsService implements ReconcilePanelsUseCase {

    private static final System.Logger LOG = System.getLogger(ReconcilePanelsService.class.getName());

    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionProvisioner provisioner;
    private final CheckPanelsUseCase checks;
    private final PanelStatuses statuses;
    private final Clock clock;
    private final Set<ServerId> seenUp = ConcurrentHashMap.newKeySet();
    private final java.util.Optional<AdminAlerts> alerts;
    private final DriftRepair drift;

    public ReconcilePanelsService(ServerCatalog servers, PanelGateways gateways, SubscriptionRepository subscriptions,
                                  SubscriptionProvisioner provisioner, CheckPanelsUseCase checks,
                                  PanelStatuses statuses, Clock clock) {
        this(servers, gateways, subscriptions, provisioner, checks, statuses, null, clock);
    }

    /**
     * Also comparing every panel that lists its clients with the stored subscriptions and repairing the shop's own
     * clients (see {@link DriftRepair}); what was repaired is told to the admins, grouped per server.
     */
    public ReconcilePanelsService(ServerCatalog servers, PanelGateways gateways, SubscriptionRepository subscriptions,
                                  SubscriptionProvisioner provisioner, CheckPanelsUseCase checks,
                                  PanelStatuses statuses, AdminAlerts alerts, Clock clock) {
        this.alerts = java.util.Optional.ofNullable(alerts);
        this.drift = new DriftRepair(provisioner);
        this.servers = servers;
        this.gateways = gateways;
        this.subscriptions = subscriptions;
        this.provisioner = provisioner;
        this.checks = checks;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public Result reconcile() {
        int up = 0;
        int down = 0;
        int reapplied = 0;
        int repaired = 0;
        checks.check();
        for (ServerSettings server : servers.all()) {
            PanelGateway gateway = gateways.forServer(server.id());
            Optional<PanelStatus> status = statuses.find(server.id());
            if (status.isEmpty() || !status.get().reachable()) {
                down++;
                continue;
            }
            up++;
            // A core that keeps clients only in memory may have restarted while this application was not watching,
            // so the first time it is seen up, its clients are applied as after a restart.
            boolean firstSeen = seenUp.add(server.id()) && !gateway.capabilities().contains(PanelCapability.PERSISTENT_CLIENTS);
            boolean restarted = statuses.takeRestart(server.id());
            if (restarted || firstSeen) {
                Reapplied outcome = reapply(server, gateway);
                reapplied += outcome.applied();
                if (outcome.failed() > 0) {
                    // Keep the signal for the next run: some clients of the restarted core are still missing.
                    if (restarted) {
                        statuses.record(new PanelStatus(server.id(), true, status.get().version(),
                                status.get().latency(), status.get().checkedAt(), status.get().detail(), true));
                    }
                    if (firstSeen) {
                        seenUp.remove(server.id());
                    }
                }
            }
            repaired += repairDrift(server, gateway);
        }
        return new Result(up, down, reapplied, repaired);
    }

    private int repairDrift(ServerSettings server, PanelGateway gateway) {
        if (alerts.isEmpty() || !gateway.capabilities().contains(PanelCapability.LISTS_CLIENTS)) {
            return 0;
        }
        try {
            var extra = subscriptions.extraPlacements();
            List<Subscription> stored = subscriptions.findByStatus(Set.of(SubscriptionStatus.ACTIVE,
                    SubscriptionStatus.LIMITED, SubscriptionStatus.EXPIRED, SubscriptionStatus.SUSPENDED,
                    SubscriptionStatus.REVOKED)).stream()
                    .filter(s -> s.server().equals(server.id())
                            || extra.getOrDefault(s.id(), List.of()).contains(server.id())).toList();
            DriftRepair.Outcome outcome = drift.repair(server, gateway, stored, clock.instant());
            outcome.alert().ifPresent(alert -> alerts.get().alert(alert));
            return outcome.repaired();
        } catch (PanelException e) {
            LOG.log(Level.WARNING, "could not compare server {0} with the shop: {1}", server.id(), e.getMessage());
            return 0;
        }
    }

    private record Reapplied(int applied, int failed) {
    }

    /**
     * Once the signal is taken, nothing may lose it: a subscription that cannot be re-applied, or a failure to read
     * them at all (the database busy, say), counts as failed so that the caller keeps the signal for the next run.
     */
    private Reapplied reapply(ServerSettings server, PanelGateway gateway) {
        int reapplied = 0;
        int failed = 0;
        List<Subscription> active;
        try {
            active = subscriptions.findActiveOnServer(server.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the clients to re-apply on {0}: {1}; trying again at the next run",
                    server.id(), e.getMessage());
            return new Reapplied(0, 1);
        }
        for (Subscription subscription : active) {
            try {
                gateway.createClient(provisioner.clientFor(subscription, clock.instant()));
                reapplied++;
            } catch (PanelException e) {
                failed++;
                LOG.log(Level.WARNING, "could not re-apply {0} on {1}: {2}", subscription.id(), server.id(), e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.ERROR, "re-applying " + subscription.id() + " on " + server.id() + " failed", e);
            }
        }
        LOG.log(Level.INFO, "server {0}: re-applied {1} clients ({2} failed)", server.id(), reapplied, failed);
        return new Reapplied(reapplied, failed);
    }
}
