package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.CheckPanelsUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only caller of {@link dev.tollgate.application.port.out.PanelGateway#health()}: each answer is recorded with
 * its latency, so readers never call a panel and a restart a gateway reports once is kept until reconciliation
 * takes it. A server going down or coming back is logged once, not at every check.
 */
public final class CheckPanelsService implements CheckPanelsUseCase {

    private static final System.Logger LOG = System.getLogger(CheckPanelsService.class.getName());

    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final PanelStatuses statuses;
    private final Clock clock;
    private final AdminAlerts alerts;
    private final Map<String, Instant> downSince = new ConcurrentHashMap<>();

    public CheckPanelsService(ServerCatalog servers, PanelGateways gateways, PanelStatuses statuses, Clock clock) {
        this(servers, gateways, statuses, clock, alert -> { });
    }

    /** {@code alerts} hear of a server going down or coming back, once per change of its recorded status. */
    public CheckPanelsService(ServerCatalog servers, PanelGateways gateways, PanelStatuses statuses, Clock clock,
                              AdminAlerts alerts) {
        this.servers = servers;
        this.gateways = gateways;
        this.statuses = statuses;
        this.clock = clock;
        this.alerts = alerts;
    }

    @Override
    public Result check() {
        int up = 0;
        int down = 0;
        int restarts = 0;
        for (ServerSettings server : servers.all()) {
            Instant started = clock.instant();
            PanelHealth health = gateways.forServer(server.id()).health();
            Instant answered = clock.instant();
            Duration latency = answered.isBefore(started) ? Duration.ZERO : Duration.between(started, answered);
            PanelStatus status = PanelStatus.of(server.id(), health, latency, answered);
            java.util.Optional<PanelStatus> before = statuses.find(server.id());
            statuses.record(status);
            if (status.reachable()) {
                up++;
            } else {
                down++;
            }
            if (status.restartPending()) {
                restarts++;
                LOG.log(Level.INFO, "server {0} restarted; its clients are re-applied at the next reconciliation",
                        server.id());
            }
            // The change is read from the recorded status, shared by all instances, so it is told once whichever
            // instance runs the check; the first check of a server tells only that it is down.
            boolean changed = before.map(b -> b.reachable() != status.reachable()).orElse(!status.reachable());
            if (changed) {
                LOG.log(status.reachable() ? Level.INFO : Level.WARNING, status.reachable()
                        ? "server {0} answers again" : "server {0} is down: {1}", server.id(), status.detail());
                tell(status.reachable() ? new AdminAlert.PanelUp(server.id(), downSince.getOrDefault(server.id().value(),
                        before.map(PanelStatus::checkedAt).orElse(answered)))
                        : new AdminAlert.PanelDown(server.id(), status.detail()));
            }
            if (status.reachable()) {
                downSince.remove(server.id().value());
            } else {
                downSince.putIfAbsent(server.id().value(), before.filter(b -> !b.reachable()).map(PanelStatus::checkedAt)
                        .orElse(answered));
            }
        }
        return new Result(up, down, restarts);
    }

    private void tell(AdminAlert alert) {
        try {
            alerts.alert(alert);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the admins could not be told about {0}: {1}", alert, e.getMessage());
        }
    }
}
