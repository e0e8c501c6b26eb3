package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A catalog of servers with in-memory gateways; the first server added takes the trials. */
public final class FixedServers implements ServerCatalog, PanelGateways {

    private final Map<ServerId, ServerSettings> servers = new LinkedHashMap<>();
    private final Map<ServerId, PanelGateway> gateways = new LinkedHashMap<>();

    public static ServerSettings vlessServer(String id) {
        return new ServerSettings(new ServerId(id), "memory", "Server " + id, Protocol.VLESS,
                new PanelConnection("memory", "vless-in", null, null, null, Map.of()),
                new PublicEndpoint(id + ".example.com", 443, Map.of("security", "none", "type", "tcp")));
    }

    public FixedServers add(ServerSettings server, PanelGateway gateway) {
        servers.put(server.id(), server);
        gateways.put(server.id(), gateway);
        return this;
    }

    @Override
    public List<ServerSettings> all() {
        return List.copyOf(servers.values());
    }

    @Override
    public Optional<ServerSettings> find(ServerId id) {
        return Optional.ofNullable(servers.get(id));
    }

    private boolean trialServerNamed;

    @Override
    public Optional<ServerSettings> trialServer() {
        return servers.values().stream().findFirst();
    }

    /** Plays an owner who named the first server for trials ({@code trial.server}). */
    public FixedServers namingTheTrialServer() {
        trialServerNamed = true;
        return this;
    }

    @Override
    public boolean trialServerNamed() {
        return trialServerNamed;
    }

    @Override
    public PanelGateway forServer(ServerId server) {
        PanelGateway gateway = gateways.get(server);
        if (gateway == null) {
            throw new IllegalArgumentException("no server " + server);
        }
        return gateway;
    }
}
