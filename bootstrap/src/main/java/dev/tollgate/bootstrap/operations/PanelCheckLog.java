package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.in.CheckReadinessUseCase.PanelSummary;
import dev.tollgate.application.port.in.CheckReadinessUseCase.ServerPanel;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The panels as last checked by the check job (whichever instance ran it), read from the database so readiness and
 * metrics report them without calling a panel; servers not yet checked are left out.
 */
final class PanelCheckLog {

    private final PanelStatuses statuses;
    private final ServerCatalog servers;

    PanelCheckLog(PanelStatuses statuses, ServerCatalog servers) {
        this.statuses = statuses;
        this.servers = servers;
    }

    Optional<PanelSummary> last() {
        List<ServerPanel> checked = new ArrayList<>();
        int up = 0;
        int down = 0;
        Instant oldest = null;
        for (ServerSettings server : servers.all()) {
            Optional<PanelStatus> status = statuses.find(server.id());
            if (status.isEmpty()) {
                continue;
            }
            PanelStatus s = status.get();
            checked.add(new ServerPanel(s.server().value(), s.reachable(), s.latency().toMillis(), s.checkedAt(), s.detail()));
            if (s.reachable()) {
                up++;
            } else {
                down++;
            }
            oldest = oldest == null || s.checkedAt().isBefore(oldest) ? s.checkedAt() : oldest;
        }
        return oldest == null ? Optional.empty() : Optional.of(new PanelSummary(up, down, oldest, checked));
    }
}
