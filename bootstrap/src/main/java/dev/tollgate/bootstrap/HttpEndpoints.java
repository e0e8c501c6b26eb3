package dev.tollgate.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's HTTP endpoints: {@code GET /health} (whether the app runs and which panels answer) and
 * {@code GET|HEAD /sub/<token>} (the user's subscription across all servers, with subscription-userinfo headers;
 * {@code ?format=clash} or {@code ?format=singbox} for those clients, base64 share links by default).
 */
final class HttpEndpoints implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoints.class);

    private final String host;
    private final int port;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionFeedUseCase feeds;
    private final java.util.Set<dev.tollgate.application.port.in.ReceiveWebhookUseCase> webhooks;
    private HttpServer server;

    HttpEndpoints(String host, int port, ServerCatalog servers, PanelGateways gateways, SubscriptionFeedUseCase feeds,
                  java.util.Set<dev.tollgate.application.port.in.ReceiveWebhookUseCase> webhooks) {
        this.webhooks = webhooks;
        this.host = host;
        this.port = port;
        this.servers = servers;
        this.gateways = gateways;
        this.feeds = feeds;
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
        server.createContext("/sub/", this::subscription);
        for (var webhook : webhooks) {
            server.createContext(webhook.path(), exchange -> webhook(webhook, exchange));
        }
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "tollgate-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        LOG.info("HTTP endpoints at http://{}:{}/ (health, sub)", host, boundPort());
    }

    /** A webhook delivery: POST only, body at most 1 MiB, headers and raw body handed to the inbound port. */
    private void webhook(dev.tollgate.application.port.in.ReceiveWebhookUseCase webhook, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals(webhook.path())) {
                exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 404 : 405, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readNBytes((1 << 20) + 1);
            if (body.length > 1 << 20) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
            var result = webhook.receive(new dev.tollgate.application.port.in.ReceiveWebhookUseCase.Command(headers, body));
            byte[] answer = result.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(result.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
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

    private void subscription(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (!head && !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String token = exchange.getRequestURI().getPath().substring("/sub/".length());
            Optional<SubscriptionFeedUseCase.Feed> feed = feeds.feed(token);
            if (feed.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n", head);
                return;
            }
            FeedFormats format = FeedFormats.fromQuery(queryParameter(exchange.getRequestURI().getRawQuery(), "format"));
            var headers = exchange.getResponseHeaders();
            // subscription-userinfo as Hiddify, Happ and the Clash family read it: bytes, and expire in unix seconds (0 = never/unknown).
            headers.set("Subscription-Userinfo", "upload=0; download=0; total=" + feed.get().totalQuota().bytes()
                    + "; expire=" + feed.get().expiry().map(Instant::getEpochSecond).orElse(0L));
            headers.set("Profile-Update-Interval", "12");
            headers.set("Profile-Title", "base64:" + Base64.getEncoder().encodeToString("Tollgate".getBytes(StandardCharsets.UTF_8)));
            if (format.fileName() != null) {
                headers.set("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
            }
            headers.set("Cache-Control", "no-store");
            send(exchange, 200, format.contentType(), format.render(feed.get()), head);
        } catch (RuntimeException e) {
            LOG.error("subscription request failed", e);
            send(exchange, 503, "text/plain; charset=utf-8", "Temporarily unavailable\n", false);
        }
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String text, boolean headOnly) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (headOnly) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
