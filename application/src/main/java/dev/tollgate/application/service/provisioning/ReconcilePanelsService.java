package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.Subscription;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cores forget clients added over their API when they restart; when a gateway reports a restart, every active
 * subscription of that server is created again (creation is idempotent, so nothing is duplicated). The first time a
 * core without persistent clients is seen up, the same happens, since it may have restarted while nobody watched.
 */
public final class ReconcilePanelsService implements ReconcilePanelsUseCase {

    private static final System.Logger LOG = System.getLogger(ReconcilePanelsService.class.getName());

    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionProvisioner provisioner;
    private final Clock clock;
    private final Set<ServerId> seenUp = ConcurrentHashMap.newKeySet();

    public ReconcilePanelsService(ServerCatalog servers, PanelGateways gateways, SubscriptionRepository subscriptions,
                                  SubscriptionProvisioner provisioner, Clock clock) {
        this.servers = servers;
        this.gateways = gateways;
        this.subscriptions = subscriptions;
        this.provisioner = provisioner;
        this.clock = clock;
    }

    @Override
    public Result reconcile() {
        int up = 0;
        int down = 0;
        int reapplied = 0;
        for (ServerSettings server : servers.all()) {
            PanelGateway gateway = gateways.forServer(server.id());
            PanelHealth health = gateway.health();
            if (!health.reachable()) {
                down++;
                LOG.log(Level.WARNING, "server {0} is down: {1}", server.id(), health.detail());
                continue;
            }
            up++;
            // A core that keeps clients only in memory may have restarted while this application was not watching,
            // so the first time it is seen up, its clients are applied as after a restart.
            boolean firstSeen = seenUp.add(server.id()) && !gateway.capabilities().contains(PanelCapability.PERSISTENT_CLIENTS);
            if (health.restartedSinceLastCheck() || firstSeen) {
                reapplied += reapply(server, gateway);
            }
        }
        return new Result(up, down, reapplied);
    }

    private int reapply(ServerSettings server, PanelGateway gateway) {
        int reapplied = 0;
        for (Subscription subscription : subscriptions.findActiveOnServer(server.id())) {
            try {
                gateway.createClient(provisioner.clientFor(subscription, clock.instant()));
                reapplied++;
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "could not re-apply {0} on {1}: {2}", subscription.id(), server.id(), e.getMessage());
            }
        }
        LOG.log(Level.INFO, "server {0} restarted; re-applied {1} clients", server.id(), reapplied);
        return reapplied;
    }
}
