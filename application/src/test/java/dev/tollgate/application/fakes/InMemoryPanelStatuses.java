package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.domain.server.ServerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Panel statuses in a map; passes {@link dev.tollgate.application.contracts.PanelStatusesContract}. */
public final class InMemoryPanelStatuses implements PanelStatuses {

    private final Map<String, PanelStatus> statuses = new TreeMap<>();

    @Override
    public synchronized void record(PanelStatus status) {
        PanelStatus before = statuses.get(status.server().value());
        boolean pending = status.restartPending() || (before != null && before.restartPending());
        statuses.put(status.server().value(), new PanelStatus(status.server(), status.reachable(), status.version(),
                status.latency(), status.checkedAt(), status.detail(), pending));
    }

    @Override
    public synchronized List<PanelStatus> all() {
        return new ArrayList<>(statuses.values());
    }

    @Override
    public synchronized Optional<PanelStatus> find(ServerId server) {
        return Optional.ofNullable(statuses.get(server.value()));
    }

    @Override
    public synchronized boolean takeRestart(ServerId server) {
        PanelStatus before = statuses.get(server.value());
        if (before == null || !before.restartPending()) {
            return false;
        }
        statuses.put(server.value(), new PanelStatus(before.server(), before.reachable(), before.version(),
                before.latency(), before.checkedAt(), before.detail(), false));
        return true;
    }
}
