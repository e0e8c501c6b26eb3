package dev.tollgate.adapters.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A panel on a loopback port for tests: subclasses answer requests below the base path like the real panel would;
 * tests can script faults (status codes, garbage bodies, stalls) for the next requests.
 */
public abstract class LoopbackPanel implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** A request as the panel sees it; {@code path} is relative to the base path, without a leading slash. */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers,
                          String body, Map<String, String> cookies) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public boolean isJson() {
            String type = header("content-type");
            return type != null && type.startsWith("application/json");
        }

        public Map<String, String> form() {
            return isJson() ? Map.of() : decode(body);
        }

        public ObjectNode json() {
            try {
                JsonNode node = JSON.readTree(body);
                return node instanceof ObjectNode object ? object : null;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** An answer; a stall makes the panel sleep past any sane client timeout before answering. */
    public record Reply(int status, String body, Map<String, String> headers, boolean stall) {

        public static Reply of(int status, String body) {
            return new Reply(status, body, Map.of(), false);
        }

        public static Reply json(JsonNode node) {
            return new Reply(200, node.toString(), Map.of("Content-Type", "application/json"), false);
        }

        public static Reply stalled() {
            return new Reply(200, "{}", Map.of(), true);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, body, copy, stall);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String basePath;
    private final Deque<Reply> scripted = new ConcurrentLinkedDeque<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    protected LoopbackPanel(String basePath) {
        this.basePath = basePath;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    /** The panel URL including its base path, as an operator would configure it. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers the next {@code times} requests with this reply instead of the panel's own. */
    public void scriptNext(int times, Reply reply) {
        for (int i = 0; i < times; i++) {
            scripted.add(reply);
        }
    }

    /** "METHOD path" of every request received, in order. */
    public List<String> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    public long count(String methodAndPathPrefix) {
        return requests().stream().filter(line -> line.startsWith(methodAndPathPrefix)).count();
    }

    protected abstract Reply handle(Request request);

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            URI uri = exchange.getRequestURI();
            String rawPath = uri.getRawPath();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            Reply reply;
            if (!rawPath.startsWith(basePath)) {
                reply = Reply.of(404, "404 page not found");
            } else {
                String path = URLDecoder.decode(rawPath.substring(basePath.length()), StandardCharsets.UTF_8);
                log.add(exchange.getRequestMethod() + " " + path);
                Reply next = scripted.poll();
                reply = next != null ? next : handle(new Request(exchange.getRequestMethod(), path,
                        decode(uri.getRawQuery()), headers, body, cookies(headers.get("cookie"))));
            }
            if (reply.stall()) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    public static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new HashMap<>();
        if (header != null) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
        }
        return cookies;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
