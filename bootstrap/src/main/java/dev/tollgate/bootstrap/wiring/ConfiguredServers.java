package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.ServerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The servers of the configuration file and variables, then those admins stored in the database (a stored server
 * with the id of a configured one is ignored: the configuration wins). Trials go to the configured trial server,
 * or else the first one.
 */
final class ConfiguredServers implements ServerCatalog {

    private final List<ServerSettings> configured;
    private final ServerRepository stored;
    private final Optional<ServerId> trialServer;

    ConfiguredServers(List<ServerSettings> configured, ServerRepository stored, Optional<ServerId> trialServer) {
        this.configured = List.copyOf(configured);
        this.stored = stored;
        this.trialServer = trialServer;
    }

    @Override
    public List<ServerSettings> all() {
        Set<ServerId> configuredIds = configured.stream().map(ServerSettings::id).collect(Collectors.toSet());
        List<ServerSettings> all = new ArrayList<>(configured);
        stored.findAll().stream().filter(server -> !configuredIds.contains(server.id())).forEach(all::add);
        return all;
    }

    @Override
    public Optional<ServerSettings> find(ServerId id) {
        Optional<ServerSettings> fromConfiguration = configured.stream().filter(server -> server.id().equals(id)).findFirst();
        return fromConfiguration.isPresent() ? fromConfiguration : stored.findById(id);
    }

    @Override
    public Optional<ServerSettings> trialServer() {
        return trialServer.isPresent() ? trialServer.flatMap(this::find) : all().stream().findFirst();
    }

    @Override
    public boolean trialServerNamed() {
        return trialServer.isPresent();
    }
}
