package dev.tollgate.adapters.panelhttp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelUnavailableException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP transport of one panel of the X-UI family (3x-UI, S-UI): a pooled Apache client with timeouts on every
 * call, a cookie jar for the session, and a resilience4j retry that repeats only transient failures (no answer,
 * timeouts, HTTP 5xx). Public only for the two panel packages of this module; ArchUnit keeps everyone else out.
 */
public final class PanelHttp implements AutoCloseable {

    /** One HTTP answer; the body is never null. */
    public record Answer(int status, String body) {
    }

    /** Where the panel lives and how patient we are with it, read from {@link PanelConnection#options()}. */
    public record Settings(URI base, Duration connectTimeout, Duration responseTimeout, int attempts, Duration retryWait) {

        public static Settings of(PanelConnection connection) {
            return new Settings(normalisedBase(connection.address()),
                    Duration.ofMillis(longOption(connection, "connectTimeoutMillis", 5_000)),
                    Duration.ofMillis(longOption(connection, "responseTimeoutMillis", 15_000)),
                    (int) longOption(connection, "retryAttempts", 3),
                    Duration.ofMillis(longOption(connection, "retryWaitMillis", 500)));
        }

        static long longOption(PanelConnection connection, String key, long fallback) {
            String value = connection.option(key).orElse("").trim();
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                long parsed = Long.parseLong(value);
                if (parsed < 1) {
                    throw new IllegalArgumentException("panel option " + key + " must be positive: " + value);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("panel option " + key + " is not a number: " + value, e);
            }
        }

        /** Panels normalise their base path to start and end with '/'; we do the same so paths can be appended. */
        static URI normalisedBase(String address) {
            String trimmed = address.trim();
            URI uri = URI.create(trimmed.endsWith("/") ? trimmed : trimmed + "/");
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("a panel address is a URL like https://host:2053/basepath/: " + address);
            }
            return uri;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String panelName;
    private final Settings settings;
    private final BasicCookieStore cookies = new BasicCookieStore();
    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final Retry retry;

    public PanelHttp(String panelName, Settings settings) {
        this.panelName = Objects.requireNonNull(panelName, "panelName");
        this.settings = Objects.requireNonNull(settings, "settings");
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout response = Timeout.of(settings.responseTimeout());
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        .build())
                .setMaxConnTotal(8)
                .setMaxConnPerRoute(8)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultCookieStore(cookies)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(response)
                        .setResponseTimeout(response)
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setRedirectsEnabled(false)
                        .build())
                // Redirects mean "not logged in" on old panels; we want to see them, not follow them to a login page.
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
        this.retry = Retry.of(panelName, RetryConfig.custom()
                .maxAttempts(Math.max(1, settings.attempts()))
                .waitDuration(settings.retryWait())
                .retryOnException(e -> e instanceof PanelUnavailableException)
                .build());
    }

    /**
     * Where the panel is, for logs and messages: host and port only, because a 3x-UI base path is a secret (the
     * installer makes it random so the panel cannot be found).
     */
    public String where() {
        return settings.base().getHost() + ":" + settings.base().getPort();
    }


    public void forgetSession() {
        cookies.clear();
    }

    public Answer get(String path, Map<String, String> headers) {
        return withRetry(() -> once(new HttpGet(resolve(path)), headers));
    }

    public Answer postForm(String path, Map<String, String> form, Map<String, String> headers) {
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return withRetry(() -> {
            HttpPost post = new HttpPost(resolve(path));
            post.setEntity(new StringEntity(body.toString(), ContentType.APPLICATION_FORM_URLENCODED));
            return once(post, headers);
        });
    }

    public Answer postJson(String path, JsonNode json, Map<String, String> headers) {
        String body = json == null ? "" : json.toString();
        return withRetry(() -> {
            HttpPost post = new HttpPost(resolve(path));
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            return once(post, headers);
        });
    }

    /** Parses a panel answer, translating anything that is not JSON into a protocol failure. */
    public JsonNode parse(Answer answer, String what) {
        if (answer.body().isBlank()) {
            throw new PanelProtocolException(panelName + " answered " + what + " with HTTP " + answer.status()
                    + " and an empty body");
        }
        try {
            return JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new PanelProtocolException(panelName + " answered garbage to " + what + " (HTTP " + answer.status()
                    + ", not JSON: " + excerpt(answer.body()) + ")", e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() <= 80 ? flat : flat.substring(0, 80) + "...";
    }

    /**
     * A 3x-UI base path is a secret (the installer makes it random so the panel cannot be found); messages, logs and
     * admin alerts name the route without it.
     */
    private String withoutBasePath(String path) {
        String base = settings.base().getPath();
        if (base == null || base.equals("/") || path == null || !path.startsWith(base)) {
            return path;
        }
        return "<base>/" + path.substring(base.length());
    }

    private URI resolve(String path) {
        return settings.base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Answer withRetry(Supplier<Answer> attempt) {
        return retry.executeSupplier(attempt);
    }

    private Answer once(HttpUriRequestBase request, Map<String, String> headers) {
        headers.forEach(request::setHeader);
        String what = request.getMethod() + " " + withoutBasePath(request.getPath());
        Answer answer;
        try {
            answer = client.execute(request, response -> new Answer(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // Connection refused, timeouts and resets: the panel is down or overloaded, and a later call may work.
            throw new PanelUnavailableException(panelName + " at " + where() + " did not answer " + what
                    + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new PanelProtocolException(panelName + " sent an unreadable answer to " + what + ": " + e, e);
        }
        if (answer.status() >= 500) {
            throw new PanelUnavailableException(panelName + " answered " + what + " with HTTP " + answer.status()
                    + " (server error)");
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // Closing idle pooled connections; nothing useful to report at shutdown.
        }
        pool.close();
    }
}
