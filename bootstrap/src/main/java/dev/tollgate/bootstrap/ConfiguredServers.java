package dev.tollgate.bootstrap;

import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Optional;

/** The servers from the configuration; trials go to the configured trial server, or else the first one. */
final class ConfiguredServers implements ServerCatalog {

    private final List<ServerSettings> servers;
    private final Optional<ServerId> trialServer;

    ConfiguredServers(List<ServerSettings> servers, Optional<ServerId> trialServer) {
        this.servers = List.copyOf(servers);
        this.trialServer = trialServer;
    }

    @Override
    public List<ServerSettings> all() {
        return servers;
    }

    @Override
    public Optional<ServerSettings> find(ServerId id) {
        return servers.stream().filter(server -> server.id().equals(id)).findFirst();
    }

    @Override
    public Optional<ServerSettings> trialServer() {
        return trialServer.isPresent() ? trialServer.flatMap(this::find) : servers.stream().findFirst();
    }
}
