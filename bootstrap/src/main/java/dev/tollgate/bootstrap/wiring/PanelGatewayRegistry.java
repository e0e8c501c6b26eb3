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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one gateway per server with the factory of its kind, and closes them at shutdown. A server edited in the bot
 * is stored, and its gateway forgotten, on the instance that saved it; every other instance reads the stored settings
 * again when it has used a gateway for {@link #REFRESH}, and opens a new one (closing the old) when they changed, so
 * a new address or login is used everywhere within that time. A removed server's gateway is closed the same way.
 */
final class PanelGatewayRegistry implements PanelGateways, LifecycleService {

    /** How long a gateway is used before its server's settings are read again. */
    static final Duration REFRESH = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(PanelGatewayRegistry.class);

    /** A gateway, the settings it was opened with, and when they were last compared with the stored ones. */
    private record Opened(ServerSettings settings, PanelGateway gateway, long checkedNanos) {
    }

    private final ServerCatalog servers;
    private final Set<PanelGatewayFactory> factories;
    private final LongSupplier nanoTime;
    private final Map<ServerId, Opened> open = new ConcurrentHashMap<>();

    PanelGatewayRegistry(ServerCatalog servers, Set<PanelGatewayFactory> factories) {
        this(servers, factories, System::nanoTime);
    }

    PanelGatewayRegistry(ServerCatalog servers, Set<PanelGatewayFactory> factories, LongSupplier nanoTime) {
        this.servers = servers;
        this.factories = factories;
        this.nanoTime = nanoTime;
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
        long now = nanoTime.getAsLong();
        for (ServerSettings server : servers.all()) {
            open.put(server.id(), new Opened(server, open(server), now));
        }
        if (servers.all().isEmpty()) {
            LOG.warn("no servers are configured: trials and purchases are refused until you add one (see README, 'servers')");
        }
    }

    @Override
    public synchronized void stop() {
        open.values().forEach(opened -> {
            try {
                opened.gateway().close();
            } catch (RuntimeException e) {
                LOG.warn("closing a panel gateway failed: {}", e.getMessage());
            }
        });
        open.clear();
    }

    /** Servers an admin added after start are opened on first use; see the class comment for edits. */
    @Override
    public PanelGateway forServer(ServerId server) {
        Opened opened = open.get(server);
        if (opened != null && fresh(opened)) {
            return opened.gateway();
        }
        synchronized (this) {
            opened = open.get(server);
            if (opened != null && fresh(opened)) {
                return opened.gateway();
            }
            long now = nanoTime.getAsLong();
            java.util.Optional<ServerSettings> current;
            try {
                current = servers.find(server);
            } catch (RuntimeException e) {
                if (opened == null) {
                    throw e;
                }
                // The database is away for a moment: keep the gateway, and compare again at the next use.
                LOG.debug("could not read server {} again: {}", server, e.getMessage());
                return opened.gateway();
            }
            if (current.isEmpty()) {
                forget(server);
                throw new IllegalArgumentException("server " + server + " is not configured");
            }
            if (opened != null && opened.settings().equals(current.get())) {
                open.put(server, new Opened(opened.settings(), opened.gateway(), now));
                return opened.gateway();
            }
            if (opened != null) {
                LOG.info("server {} was changed; its gateway is opened again with the stored settings", server);
                close(server, opened.gateway());
            }
            PanelGateway gateway = open(current.get());
            open.put(server, new Opened(current.get(), gateway, now));
            return gateway;
        }
    }

    /** A server an admin edited or removed: its gateway is closed, and the next use opens one with what is stored now. */
    @Override
    public synchronized void forget(ServerId server) {
        Opened opened = open.remove(server);
        if (opened != null) {
            close(server, opened.gateway());
        }
    }

    private boolean fresh(Opened opened) {
        return nanoTime.getAsLong() - opened.checkedNanos() < REFRESH.toNanos();
    }

    private static void close(ServerId server, PanelGateway gateway) {
        try {
            gateway.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the gateway of server {} failed: {}", server, e.getMessage());
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
