package dev.tollgate.adapters.sui;

import dev.tollgate.adapters.panelhttp.PanelHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticated S-UI actions: API v2 ({@code apiv2/<action>}, {@code Token} header, 1.2+) when a token is configured,
 * API v1 ({@code api/<action>}, form login and the {@code s-ui} cookie) otherwise or as the fallback.
 */
final class SuiApi {

    /** The panel's envelope {@code {success, msg, obj}}. */
    record Envelope(boolean success, String msg, JsonNode obj) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SuiApi.class);

    private final PanelHttp http;
    private final String username;
    private final Secret password;
    private final Secret token;
    private volatile boolean tokenUsable;
    private boolean loggedIn;

    SuiApi(PanelHttp http, PanelConnection connection) {
        this.http = http;
        this.username = connection.username();
        this.password = connection.password();
        this.token = connection.apiToken();
        this.tokenUsable = !token.isEmpty();
    }

    String label() {
        return tokenUsable ? "API v2 (token)" : "API v1 (session)";
    }

    Envelope get(String action, Map<String, String> query) {
        String path = query.isEmpty() ? action : action + "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return call("GET " + action, prefix -> http.get(prefix + path, headers(prefix)));
    }

    Envelope post(String action, Map<String, String> form) {
        return call("POST " + action, prefix -> http.postForm(prefix + action, form, headers(prefix)));
    }

    private Envelope call(String what, java.util.function.Function<String, PanelHttp.Answer> send) {
        if (tokenUsable) {
            PanelHttp.Answer answer = send.apply("apiv2/");
            if (answer.status() == 404 && hasCredentials()) {
                // S-UI before 1.2 has no API v2.
                LOG.warn("S-UI at {} has no API v2 (older than 1.2?); falling back to API v1 with a session", http.where());
                tokenUsable = false;
            } else {
                Envelope envelope = interpret(what, answer);
                // A bad or expired token is HTTP 200 with success:false and msg ": invalid token".
                if (envelope.success() || !envelope.msg().toLowerCase(Locale.ROOT).contains("invalid token")) {
                    return envelope;
                }
                if (!hasCredentials()) {
                    throw new PanelAuthenticationException("S-UI rejected the API token" + envelope.msg());
                }
                LOG.warn("S-UI at {} rejected the API token{}; falling back to API v1 with a session", http.where(),
                        envelope.msg());
                tokenUsable = false;
            }
        }
        ensureLoggedIn();
        PanelHttp.Answer answer = send.apply("api/");
        if (!sessionRefused(answer)) {
            return interpret(what, answer);
        }
        LOG.info("S-UI session at {} expired; logging in again", http.where());
        relogin();
        PanelHttp.Answer again = send.apply("api/");
        if (sessionRefused(again)) {
            throw new PanelAuthenticationException("S-UI keeps refusing our fresh session for " + what);
        }
        return interpret(what, again);
    }

    private boolean hasCredentials() {
        return !username.isBlank();
    }

    private synchronized void ensureLoggedIn() {
        if (!loggedIn) {
            login();
        }
    }

    private synchronized void relogin() {
        loggedIn = false;
        login();
    }

    private void login() {
        if (!hasCredentials()) {
            throw new PanelAuthenticationException("no API token and no username are configured for the S-UI panel at "
                    + http.where());
        }
        http.forgetSession();
        Map<String, String> form = new LinkedHashMap<>();
        // Form fields user and pass; S-UI reads them with FormValue and does not accept JSON.
        form.put("user", username);
        form.put("pass", password.value());
        PanelHttp.Answer answer = http.postForm("api/login", form, headers("api/"));
        if (answer.status() == 404) {
            throw new PanelProtocolException("there is no S-UI login at " + http.where()
                    + "api/login: check the panel address and its path (default /app/)");
        }
        Envelope envelope = interpret("POST login", answer);
        if (!envelope.success()) {
            throw new PanelAuthenticationException("S-UI refused the login of " + username + ": " + envelope.msg());
        }
        loggedIn = true;
    }

    private Map<String, String> headers(String prefix) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        // Without it an unauthenticated call is a 307 redirect to the login page instead of a JSON answer.
        headers.put("X-Requested-With", "XMLHttpRequest");
        if (prefix.equals("apiv2/")) {
            // API v2 wants the bare token in a header named Token, not Authorization: Bearer.
            headers.put("Token", token.value());
        }
        return headers;
    }

    /** 3xx (no XHR header honoured) or HTTP 200 {success:false,msg:"Invalid login"}. */
    private static boolean sessionRefused(PanelHttp.Answer answer) {
        if (answer.status() >= 300 && answer.status() < 400 || answer.status() == 401) {
            return true;
        }
        if (answer.status() == 200 && answer.body().contains("\"success\"")) {
            try {
                JsonNode node = PanelHttp.json().readTree(answer.body());
                return !node.path("success").asBoolean(true)
                        && node.path("msg").asText("").toLowerCase(Locale.ROOT).contains("invalid login");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false;
            }
        }
        return false;
    }

    private Envelope interpret(String what, PanelHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new PanelProtocolException("S-UI answered " + what + " with unexpected HTTP " + answer.status()
                    + (answer.body().isBlank() ? "" : ": " + PanelHttp.excerpt(answer.body())));
        }
        JsonNode node = http.parse(answer, what);
        if (!(node instanceof ObjectNode) || !node.path("success").isBoolean()) {
            throw new PanelProtocolException("S-UI answered " + what + " without its {success,msg,obj} envelope: "
                    + PanelHttp.excerpt(answer.body()));
        }
        return new Envelope(node.get("success").asBoolean(), node.path("msg").asText(""), node.path("obj"));
    }
}
