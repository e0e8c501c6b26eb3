package dev.tollgate.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /health: whether the app runs and which panels answer, for load balancers and monitoring. */
final class HealthEndpoint implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(HealthEndpoint.class);

    private final String host;
    private final int port;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private HttpServer server;

    HealthEndpoint(String host, int port, ServerCatalog servers, PanelGateways gateways) {
        this.host = host;
        this.port = port;
        this.servers = servers;
        this.gateways = gateways;
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public int phase() {
        return PHASE_FRONTENDS;
    }

    @Override
    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " (TOLLGATE_HTTP_HOST/PORT)", e);
        }
        server.createContext("/health", this::health);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "tollgate-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        LOG.info("health endpoint at http://{}:{}/health", host, boundPort());
    }

    int boundPort() {
        return server.getAddress().getPort();
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            StringBuilder json = new StringBuilder("{\"status\":\"UP\",\"servers\":{");
            boolean first = true;
            for (ServerSettings settings : servers.all()) {
                PanelHealth health = gateways.forServer(settings.id()).health();
                json.append(first ? "" : ",").append('"').append(settings.id()).append("\":\"")
                        .append(health.reachable() ? "UP" : "DOWN").append('"');
                first = false;
            }
            byte[] body = json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
