package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.bootstrap.config.ConfigurationException;
import dev.tollgate.bootstrap.config.Masked;
import dev.tollgate.domain.server.ServerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens one gateway per configured server with the factory of its kind, and closes them at shutdown. */
final class PanelGatewayRegistry implements PanelGateways, LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(PanelGatewayRegistry.class);

    private final ServerCatalog servers;
    private final Set<PanelGatewayFactory> factories;
    private final Map<ServerId, PanelGateway> open = new ConcurrentHashMap<>();

    PanelGatewayRegistry(ServerCatalog servers, Set<PanelGatewayFactory> factories) {
        this.servers = servers;
        this.factories = factories;
    }

    @Override
    public String name() {
        return "panel-gateways";
    }

    @Override
    public int phase() {
        return PHASE_PANELS;
    }

    @Override
    public synchronized void start() {
        for (ServerSettings server : servers.all()) {
            open.put(server.id(), open(server));
        }
        if (servers.all().isEmpty()) {
            LOG.warn("no servers are configured: trials and purchases are refused until you add one (see README, 'servers')");
        }
    }

    @Override
    public synchronized void stop() {
        open.values().forEach(gateway -> {
            try {
                gateway.close();
            } catch (RuntimeException e) {
                LOG.warn("closing a panel gateway failed: {}", e.getMessage());
            }
        });
        open.clear();
    }

    /** Servers an admin added after start are opened on first use. */
    @Override
    public PanelGateway forServer(ServerId server) {
        PanelGateway gateway = open.get(server);
        if (gateway != null) {
            return gateway;
        }
        synchronized (this) {
            return open.computeIfAbsent(server, id -> open(servers.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("server " + id + " is not configured"))));
        }
    }

    /** A server an admin edited or removed: its gateway is closed, and the next use opens one with what is stored now. */
    @Override
    public synchronized void forget(ServerId server) {
        PanelGateway gateway = open.remove(server);
        if (gateway != null) {
            try {
                gateway.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the gateway of server {} failed: {}", server, e.getMessage());
            }
        }
    }

    private PanelGateway open(ServerSettings server) {
        Map<String, PanelGatewayFactory> byKind = new LinkedHashMap<>();
        factories.forEach(factory -> factory.kinds().forEach(kind -> byKind.put(kind, factory)));
        PanelGatewayFactory factory = byKind.get(server.kind());
        if (factory == null) {
            throw new ConfigurationException("server " + server.id() + " has kind '" + server.kind()
                    + "'; known kinds are " + new TreeSet<>(byKind.keySet()));
        }
        LOG.info("server {} ({} at {}, inbound {})", server.id(), server.kind(),
                Masked.address(server.connection().address()), server.connection().inbound());
        return factory.open(server);
    }
}
