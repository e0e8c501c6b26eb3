package dev.tollgate.bootstrap.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.in.CheckReadinessUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.out.LifecycleService;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of the app (Jetty 12, no servlets): {@code /sub/<token>} for apps and people,
 * {@code /health/live}, {@code /health/ready} ({@code /health} is the same), {@code /metrics}, and one
 * {@code POST} route per {@link ReceiveWebhookUseCase}. It only calls inbound ports.
 *
 * <p>Slow clients cannot take it offline: connections are read without blocking a thread (NIO), request line and
 * headers are bounded ({@link HttpSettings#MAX_HEADER_BYTES}), an idle connection is cut after
 * {@link HttpSettings#idleTimeout()}, and the number of connections is bounded. TCP_NODELAY is on, so keep-alive
 * answers are not held back by delayed ACKs.
 */
public final class HttpFront implements LifecycleService {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.tollgate.http.access");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CONNECTIONS = 4096;

    private final HttpSettings settings;
    private final FeedResponses feeds;
    private final CheckReadinessUseCase readiness;
    private final Map<String, ReceiveWebhookUseCase> webhooks;
    private final PrometheusMeterRegistry registry;
    private final RateLimiter subLimiter;
    private final ZoneId zone;
    private final Clock clock;
    private Server server;
    private ServerConnector connector;

    HttpFront(HttpSettings settings, FeedResponses feeds, CheckReadinessUseCase readiness, Set<ReceiveWebhookUseCase> webhooks,
              PrometheusMeterRegistry registry, ZoneId zone, Clock clock) {
        this.settings = settings;
        this.feeds = feeds;
        this.readiness = readiness;
        this.webhooks = webhooks.stream().collect(Collectors.toMap(ReceiveWebhookUseCase::path, Function.identity()));
        this.registry = registry;
        this.subLimiter = new RateLimiter(settings.subRequestsPerMinute(), System::nanoTime);
        this.zone = zone;
        this.clock = clock;
        for (String path : this.webhooks.keySet()) {
            if (!path.startsWith("/") || path.startsWith("/sub/") || path.startsWith("/health") || path.equals("/metrics")) {
                throw new IllegalArgumentException("webhook path " + path + " must start with / and not take a built-in route");
            }
        }
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
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), Math.min(4, settings.maxThreads()));
        threads.setName("tollgate-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(HttpSettings.MAX_HEADER_BYTES);
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setHandler(new Routes());
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port()
                    + " (TOLLGATE_HTTP_HOST/PORT): " + e.getMessage(), e);
        }
        LOG.info("HTTP at http://{}:{}/ (sub, health, metrics{})", settings.host(), boundPort(),
                webhooks.isEmpty() ? "" : ", webhooks " + String.join(" ", webhooks.keySet()));
    }

    /** The port listened on (useful with port 0). */
    public int boundPort() {
        return connector.getLocalPort();
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("stopping the HTTP server failed: {}", e.getMessage());
            }
            server = null;
        }
    }

    /** One answer: status, content type, body, extra headers. */
    private record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Answer text(int status, String text) {
            return new Answer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Answer json(int status, ObjectNode json) {
            try {
                return new Answer(status, "application/json", JSON.writeValueAsBytes(json), Map.of("Cache-Control", "no-store"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        }
    }

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long started = System.nanoTime();
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            String route = "other";
            Answer answer;
            try {
                if (path.startsWith("/sub/")) {
                    route = "/sub/{token}";
                    answer = get(method) ? subscription(request, path.substring("/sub/".length()), method) : notAllowed();
                } else if (path.equals("/health/live")) {
                    route = path;
                    answer = get(method) ? Answer.json(200, JSON.createObjectNode().put("status", "UP")) : notAllowed();
                } else if (path.equals("/health/ready") || path.equals("/health")) {
                    route = "/health/ready";
                    answer = get(method) ? ready() : notAllowed();
                } else if (path.equals("/metrics")) {
                    route = path;
                    answer = get(method) ? metrics(request) : notAllowed();
                } else if (webhooks.containsKey(path)) {
                    route = path;
                    if (!method.equals("POST")) {
                        answer = notAllowed();
                    } else {
                        webhook(request, response, callback, webhooks.get(path), route, started);
                        return true;
                    }
                } else {
                    answer = Answer.text(404, "Not found\n");
                }
            } catch (RuntimeException e) {
                LOG.error("{} {} failed", method, route, e);
                answer = Answer.text(503, "Temporarily unavailable\n");
            }
            send(request, response, callback, answer, route, started);
            return true;
        }
    }

    private static boolean get(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    private static Answer notAllowed() {
        return Answer.text(405, "Method not allowed\n");
    }

    private Answer subscription(Request request, String token, String method) {
        if (!subLimiter.tryAcquire(Request.getRemoteAddr(request))) {
            return new Answer(429, "text/plain; charset=utf-8", "Too many requests\n".getBytes(StandardCharsets.UTF_8),
                    Map.of("Retry-After", "60"));
        }
        Fields query = Request.extractQueryParameters(request);
        String formatName = query.getValue("format");
        String userAgent = request.getHeaders().get(HttpHeader.USER_AGENT);
        Optional<FeedFormats> format;
        if (formatName != null) {
            format = FeedFormats.fromQuery(formatName);
            if (format.isEmpty()) {
                return Answer.text(400, "Unknown format '" + formatName.replaceAll("[^A-Za-z0-9_-]", "?")
                        + "'; use base64, plain, clash or singbox\n");
            }
        } else if (wantsPage(userAgent, request.getHeaders().get(HttpHeader.ACCEPT))) {
            return page(request, token);
        } else {
            format = Optional.of(FeedFormats.forUserAgent(userAgent));
        }
        Optional<FeedResponses.Rendered> rendered = feeds.render(token, format.get());
        if (rendered.isEmpty()) {
            return Answer.text(404, "Not found\n");
        }
        return new Answer(200, rendered.get().contentType(), rendered.get().body(), rendered.get().headers());
    }

    /** A browser: it asks for HTML and is not one of the apps (some apps send "Mozilla/5.0 ..." too). */
    static boolean wantsPage(String userAgent, String accept) {
        if (userAgent == null || accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            return false;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return ua.startsWith("mozilla/") && FeedFormats.forUserAgent(userAgent) == FeedFormats.BASE64
                && !ua.contains("v2ray") && !ua.contains("happ") && !ua.contains("streisand") && !ua.contains("shadowrocket");
    }

    private Answer page(Request request, String token) {
        var feed = feeds.feed(token);
        if (feed.isEmpty()) {
            return Answer.text(404, "Not found\n");
        }
        String url = feeds.subscriptionUrl(feed.get()).orElseGet(() -> request.getHttpURI().getScheme() + "://"
                + Request.getServerName(request) + ":" + Request.getServerPort(request) + "/sub/" + token);
        String html = SubscriptionPage.render(feed.get(), url, settings.shopName(), settings.supportUrl(), zone, clock.instant());
        return new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
                Map.of("Cache-Control", "no-store", "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:",
                        "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer"));
    }

    private Answer ready() {
        CheckReadinessUseCase.Readiness result = readiness.check();
        ObjectNode json = JSON.createObjectNode();
        json.put("status", result.ready() ? "UP" : "DOWN");
        json.putObject("database").put("status", result.databaseUp() ? "UP" : "DOWN").put("detail", result.databaseDetail());
        json.put("bot", result.bot());
        ObjectNode panels = json.putObject("panels");
        result.panels().ifPresentOrElse(summary -> {
            panels.put("up", summary.up()).put("down", summary.down()).put("checkedAt", summary.checkedAt().toString());
            var list = panels.putArray("servers");
            summary.servers().forEach(server -> list.addObject().put("id", server.server())
                    .put("status", server.up() ? "UP" : "DOWN").put("latencyMillis", server.latencyMillis())
                    .put("checkedAt", server.checkedAt().toString()).put("detail", server.detail()));
        }, () -> panels.put("checkedAt", (String) null));
        return Answer.json(result.ready() ? 200 : 503, json);
    }

    private Answer metrics(Request request) {
        if (!settings.metricsToken().isEmpty()) {
            String given = Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)).orElse("");
            boolean ok = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    ("Bearer " + settings.metricsToken()).getBytes(StandardCharsets.UTF_8));
            if (!ok) {
                return new Answer(401, "text/plain; charset=utf-8", "Unauthorized\n".getBytes(StandardCharsets.UTF_8),
                        Map.of("WWW-Authenticate", "Bearer"));
            }
        }
        return new Answer(200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape().getBytes(StandardCharsets.UTF_8), Map.of("Cache-Control", "no-store"));
    }

    private void webhook(Request request, Response response, Callback callback, ReceiveWebhookUseCase hook, String route,
                         long started) {
        long declared = request.getLength();
        if (declared > HttpSettings.MAX_WEBHOOK_BODY_BYTES) {
            send(request, response, callback, Answer.text(413, "Payload too large\n"), route, started);
            return;
        }
        byte[] body;
        try {
            body = Content.Source.asByteArrayAsync(request, HttpSettings.MAX_WEBHOOK_BODY_BYTES)
                    .get(settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            send(request, response, callback, Answer.text(413, "Payload too large or unreadable\n"), route, started);
            return;
        } catch (TimeoutException e) {
            send(request, response, callback, Answer.text(408, "Request timeout\n"), route, started);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(request, response, callback, Answer.text(503, "Temporarily unavailable\n"), route, started);
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(), (a, b) -> a + ", " + b);
        }
        Answer answer;
        try {
            ReceiveWebhookUseCase.Result result = hook.receive(new ReceiveWebhookUseCase.Command(headers, body));
            answer = Answer.text(result.status(), result.body());
        } catch (RuntimeException e) {
            LOG.error("webhook {} failed", route, e);
            answer = Answer.text(503, "Temporarily unavailable\n");
        }
        send(request, response, callback, answer, route, started);
    }

    private void send(Request request, Response response, Callback callback, Answer answer, String route, long started) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        boolean head = request.getMethod().equals("HEAD");
        response.write(true, head ? null : ByteBuffer.wrap(answer.body()), callback);
        long elapsed = System.nanoTime() - started;
        Timer.builder("http.server.requests").tags("route", route, "method", request.getMethod(),
                "status", Integer.toString(answer.status())).register(registry).record(elapsed, TimeUnit.NANOSECONDS);
        if (ACCESS.isDebugEnabled()) {
            ACCESS.debug("{} {} {} {} {}B {}us", Request.getRemoteAddr(request), request.getMethod(), route,
                    answer.status(), answer.body().length, elapsed / 1000);
        }
    }

    static List<String> builtInRoutes() {
        return List.of("/sub/{token}", "/health/live", "/health/ready", "/metrics");
    }
}
