package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelClientNotFoundException;
import dev.tollgate.application.port.out.PanelDuplicateClientException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.server.ServerId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Times every panel call per server ({@code tollgate_panel_calls_seconds{server,operation,outcome}}), whoever makes
 * it. Servers are labelled by their configured id only: a panel's address or base path is a secret and never a label.
 */
public final class TimedPanelGateways implements PanelGateways {

    private final PanelGateways gateways;
    private final MeterRegistry registry;
    private final LongSupplier nanoTime;
    private final Map<ServerId, PanelGateway> timed = new ConcurrentHashMap<>();

    public TimedPanelGateways(PanelGateways gateways, MeterRegistry registry, LongSupplier nanoTime) {
        this.gateways = gateways;
        this.registry = registry;
        this.nanoTime = nanoTime;
    }

    @Override
    public PanelGateway forServer(ServerId server) {
        PanelGateway gateway = gateways.forServer(server);
        PanelGateway wrapper = timed.get(server);
        if (wrapper instanceof Timed known && known.gateway == gateway) {
            return wrapper;
        }
        // A gateway reopened after a restart of the registry gets a fresh wrapper.
        Timed fresh = new Timed(server.value(), gateway);
        timed.put(server, fresh);
        return fresh;
    }

    @Override
    public void forget(ServerId server) {
        timed.remove(server);
        gateways.forget(server);
    }

    /** The outcome label of a failed call: the kind of panel failure, never its message. */
    static String outcome(RuntimeException e) {
        if (e instanceof PanelUnavailableException) {
            return "unavailable";
        }
        if (e instanceof PanelAuthenticationException) {
            return "unauthorized";
        }
        if (e instanceof PanelClientNotFoundException) {
            return "not_found";
        }
        if (e instanceof PanelDuplicateClientException) {
            return "duplicate";
        }
        if (e instanceof PanelRejectedException) {
            return "rejected";
        }
        if (e instanceof PanelProtocolException) {
            return "protocol_error";
        }
        return "error";
    }

    private final class Timed implements PanelGateway {

        private final String server;
        private final PanelGateway gateway;

        Timed(String server, PanelGateway gateway) {
            this.server = server;
            this.gateway = gateway;
        }

        private <T> T time(String operation, Supplier<T> call) {
            long started = nanoTime.getAsLong();
            try {
                T result = call.get();
                record(operation, result instanceof PanelHealth health && !health.reachable() ? "down" : "ok", started);
                return result;
            } catch (RuntimeException e) {
                record(operation, outcome(e), started);
                throw e;
            }
        }

        private void run(String operation, Runnable call) {
            time(operation, () -> {
                call.run();
                return null;
            });
        }

        private void record(String operation, String outcome, long started) {
            Timer.builder("tollgate.panel.calls").description("calls to a server's panel or core")
                    .tags("server", server, "operation", operation, "outcome", outcome).register(registry)
                    .record(nanoTime.getAsLong() - started, TimeUnit.NANOSECONDS);
        }

        @Override
        public Set<PanelCapability> capabilities() {
            return gateway.capabilities();
        }

        @Override
        public void createClient(PanelClient client) {
            run("create_client", () -> gateway.createClient(client));
        }

        @Override
        public void updateClient(PanelClient client) {
            run("update_client", () -> gateway.updateClient(client));
        }

        @Override
        public void enableClient(PanelClient client) {
            run("enable_client", () -> gateway.enableClient(client));
        }

        @Override
        public void disableClient(PanelClient client) {
            run("disable_client", () -> gateway.disableClient(client));
        }

        @Override
        public void deleteClient(PanelClient client) {
            run("delete_client", () -> gateway.deleteClient(client));
        }

        @Override
        public TrafficUsage usage(PanelClient client) {
            return time("usage", () -> gateway.usage(client));
        }

        @Override
        public java.util.Map<String, TrafficUsage> usageOfAll() {
            return time("usage_of_all", gateway::usageOfAll);
        }

        @Override
        public void resetTraffic(PanelClient client) {
            run("reset_traffic", () -> gateway.resetTraffic(client));
        }

        @Override
        public PanelHealth health() {
            return time("health", gateway::health);
        }

        @Override
        public Optional<URI> subscriptionUrl(PanelClient client) {
            return time("subscription_url", () -> gateway.subscriptionUrl(client));
        }

        @Override
        public Set<String> onlineClients() {
            return time("online_clients", gateway::onlineClients);
        }

        @Override
        public void close() {
            gateway.close();
        }
    }
}
