package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.CheckPanelsUseCase;
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
    private final Map<String, Boolean> lastReachable = new ConcurrentHashMap<>();

    public CheckPanelsService(ServerCatalog servers, PanelGateways gateways, PanelStatuses statuses, Clock clock) {
        this.servers = servers;
        this.gateways = gateways;
        this.statuses = statuses;
        this.clock = clock;
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
            Boolean before = lastReachable.put(server.id().value(), status.reachable());
            if (before == null ? !status.reachable() : before != status.reachable()) {
                LOG.log(status.reachable() ? Level.INFO : Level.WARNING, status.reachable()
                        ? "server {0} answers again" : "server {0} is down: {1}", server.id(), status.detail());
            }
        }
        return new Result(up, down, restarts);
    }
}
