package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.staff.StaffGuard;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configured servers, then those stored by admins, each with its recorded health and live subscriptions. */
public final class ListServersService implements ListServersUseCase {

    private final AdminDirectory staff;
    private final ServerCatalog catalog;
    private final ServerRepository stored;
    private final PanelStatuses statuses;
    private final SubscriptionRepository subscriptions;

    public ListServersService(AdminDirectory staff, ServerCatalog catalog, ServerRepository stored,
                              PanelStatuses statuses, SubscriptionRepository subscriptions) {
        this.staff = staff;
        this.catalog = catalog;
        this.stored = stored;
        this.statuses = statuses;
        this.subscriptions = subscriptions;
    }

    @Override
    public Result list(Command command) {
        if (!StaffGuard.allows(staff, command.admin(), StaffRole.ADMIN, "list the servers")) {
            return new Refused();
        }
        Map<ServerId, ServerSettings> storedById = new LinkedHashMap<>();
        stored.findAll().forEach(server -> storedById.put(server.id(), server));
        Map<ServerId, Boolean> configured = new LinkedHashMap<>();
        List<ServerSettings> all = new ArrayList<>();
        for (ServerSettings server : catalog.all()) {
            configured.put(server.id(), !server.equals(storedById.get(server.id())));
            all.add(server);
        }
        storedById.values().stream().filter(server -> !configured.containsKey(server.id())).forEach(server -> {
            configured.put(server.id(), false);
            all.add(server);
        });
        Map<ServerId, Integer> live = LiveSubscriptions.perServer(subscriptions);
        List<Entry> entries = new ArrayList<>();
        List<Entry> storedEntries = new ArrayList<>();
        for (ServerSettings server : all) {
            boolean fromConfiguration = configured.get(server.id());
            Entry entry = new Entry(server.id(), server.displayName(), server.kind(), server.protocol(),
                    PanelConnection.masked(server.connection().address()), server.connection().inbound(),
                    server.endpoint().host(), server.endpoint().port(), fromConfiguration, statuses.find(server.id()),
                    live.getOrDefault(server.id(), 0), server.connection().username(),
                    !server.connection().password().isEmpty(), !server.connection().apiToken().isEmpty(),
                    server.maxClients(), server.salesOpen(), server.endpoint().linkParameters(),
                    fromPanel(server));
            (fromConfiguration ? entries : storedEntries).add(entry);
        }
        storedEntries.sort(java.util.Comparator.comparing(entry -> entry.id().value()));
        entries.addAll(storedEntries);
        return new Servers(entries);
    }

    /** The keys links take from the panel: read from its inbound and not overridden by a typed value. */
    private static java.util.Set<String> fromPanel(ServerSettings server) {
        java.util.Set<String> keys = new java.util.TreeSet<>(server.endpoint().panelParameters().keySet());
        keys.removeAll(server.endpoint().typedParameters().keySet());
        return keys;
    }
}
