package dev.tollgate.adapters.threexui;

import dev.tollgate.adapters.panelhttp.PanelHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.Secret;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticated calls to a 3x-UI panel: a Bearer API token (v3.0+) when one is configured, otherwise a cookie
 * session with CSRF (v3.0+) or without (older panels). Re-logs in once when the session has expired.
 */
final class XuiSession {

    /** The panel's envelope {@code {success, msg, obj}}; {@code obj} is a JSON null when absent. */
    record Envelope(boolean success, String msg, JsonNode obj) {
    }

    /** A route answered 404 although we are authenticated: the panel does not have it (another API generation). */
    static final class RouteMissingException extends RuntimeException {
        RouteMissingException(String what) {
            super("3x-UI has no route for " + what);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(XuiSession.class);
    static final String PANEL = "3x-UI panel";

    private final PanelHttp http;
    private final String username;
    private final Secret password;
    private final Secret apiToken;
    private boolean loggedIn;
    private String csrfToken;

    XuiSession(PanelHttp http, String username, Secret password, Secret apiToken) {
        this.http = Objects.requireNonNull(http, "http");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
    }

    boolean usesToken() {
        return !apiToken.isEmpty();
    }

    Envelope get(String path) {
        return exchange("GET " + path, headers -> http.get(path, headers));
    }

    Envelope postForm(String path, Map<String, String> form) {
        return exchange("POST " + path, headers -> http.postForm(path, form, headers));
    }

    Envelope postJson(String path, JsonNode body) {
        return exchange("POST " + path, headers -> http.postJson(path, body, headers));
    }

    /** Fails with {@link PanelRejectedException} unless the envelope says success. */
    static Envelope requireSuccess(Envelope envelope, String what) {
        if (!envelope.success()) {
            throw new PanelRejectedException("3x-UI refused to " + what + ": " + envelope.msg());
        }
        return envelope;
    }

    private Envelope exchange(String what, Function<Map<String, String>, PanelHttp.Answer> send) {
        boolean fresh = ensureSession();
        PanelHttp.Answer first = send.apply(headers());
        if (!needsFreshSession(first)) {
            return interpret(what, first);
        }
        if (fresh && first.status() == 404) {
            // The session was opened for this very call, so the 404 cannot mean it expired.
            throw new RouteMissingException(what);
        }
        if (usesToken()) {
            // Bearer calls: a 404 is either a route this version lacks or a rejected token; the inbound list exists
            // in every version, so it tells the two apart.
            if (first.status() == 404 && tokenAccepted()) {
                throw new RouteMissingException(what);
            }
            if (first.status() == 403 && first.body().contains("not permitted")) {
                // main after v3.6.0: monitor and node-sync tokens are limited to an allowlist of routes.
                throw new PanelAuthenticationException("3x-UI does not let this API token reach " + what
                        + " (its scope is not admin); create an admin API token");
            }
            throw new PanelAuthenticationException("3x-UI rejected the API token for " + what + " (HTTP "
                    + first.status() + bodyHint(first) + "); API tokens need 3x-UI v3.0 or later");
        }
        LOG.info("3x-UI session at {} expired or was refused (HTTP {}); logging in again", http.where(), first.status());
        relogin();
        PanelHttp.Answer second = send.apply(headers());
        if (!needsFreshSession(second)) {
            return interpret(what, second);
        }
        if (second.status() == 404) {
            // We have just logged in, so this 404 means the route is gone, not the session.
            throw new RouteMissingException(what);
        }
        throw new PanelAuthenticationException("3x-UI keeps refusing our fresh session for " + what + " (HTTP "
                + second.status() + bodyHint(second) + ")");
    }

    /** Logs in when there is no session yet; true when it did. */
    private synchronized boolean ensureSession() {
        if (!usesToken() && !loggedIn) {
            login();
            return true;
        }
        return false;
    }

    private synchronized void relogin() {
        loggedIn = false;
        login();
    }

    private synchronized Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/json");
        // With this header old panels answer JSON instead of redirecting to the login page.
        headers.put("X-Requested-With", "XMLHttpRequest");
        if (usesToken()) {
            headers.put("Authorization", "Bearer " + apiToken.value());
        } else if (csrfToken != null) {
            // v3.0+: every unsafe request of a cookie session carries the token, login included.
            headers.put("X-CSRF-Token", csrfToken);
        }
        return headers;
    }

    private void login() {
        if (username.isBlank()) {
            throw new PanelAuthenticationException("no API token and no username are configured for the 3x-UI panel at "
                    + http.where());
        }
        http.forgetSession();
        csrfToken = null;
        csrfToken = fetchCsrfToken();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password.value());
        PanelHttp.Answer answer = http.postForm("login", form, headers());
        if (answer.status() == 403) {
            throw new PanelAuthenticationException("3x-UI refused the login of " + username
                    + " with HTTP 403 (CSRF check failed)");
        }
        if (answer.status() == 404) {
            throw new PanelProtocolException("there is no 3x-UI login page at " + http.where()
                    + "login: check the panel address and its base path");
        }
        Envelope envelope = interpret("POST login", answer);
        // 3x-UI answers a wrong password with HTTP 200 and success:false; only the flag tells.
        if (!envelope.success()) {
            // v3.0+ gives the same answer while its login limiter blocks us (5 failures within 5 minutes block
            // this user and address for 15 minutes, index.go login), so a right password may still read as wrong.
            throw new PanelAuthenticationException("3x-UI refused the login of " + username + ": " + envelope.msg()
                    + " (after 5 failed logins within 5 minutes 3x-UI v3 answers so for 15 minutes even to the"
                    + " right password)");
        }
        loggedIn = true;
        LOG.debug("logged in to 3x-UI at {} as {} (CSRF {})", http.where(), username, csrfToken == null ? "off" : "on");
    }

    /** v3.0+ hands out a CSRF token bound to the session cookie; older panels have no such route (404). */
    private String fetchCsrfToken() {
        PanelHttp.Answer answer = http.get("csrf-token", Map.of("Accept", "application/json",
                "X-Requested-With", "XMLHttpRequest"));
        if (answer.status() != 200) {
            return null;
        }
        JsonNode node = http.parse(answer, "GET csrf-token");
        if (node.path("success").asBoolean(false) && node.path("obj").isTextual()) {
            return node.path("obj").asText();
        }
        throw new PanelProtocolException("3x-UI answered GET csrf-token without a token: " + PanelHttp.excerpt(answer.body()));
    }

    private boolean tokenAccepted() {
        PanelHttp.Answer probe = http.get("panel/api/inbounds/list", headers());
        return probe.status() == 200;
    }

    /**
     * Whether the answer means "not logged in": redirects and HTTP 200 {success:false,"...login..."} on v1/v2.0,
     * 401 from about v2.3, 404 with an empty body from v2.8.4, and 403 when a v3 CSRF token went stale.
     */
    private boolean needsFreshSession(PanelHttp.Answer answer) {
        int status = answer.status();
        if (status == 401 || status == 403 || status == 404 || (status >= 300 && status < 400)) {
            return true;
        }
        if (status == 200 && answer.body().contains("\"success\"")) {
            try {
                JsonNode node = PanelHttp.json().readTree(answer.body());
                return !node.path("success").asBoolean(true)
                        && node.path("msg").asText("").toLowerCase(Locale.ROOT).contains("login");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false;
            }
        }
        return false;
    }

    private Envelope interpret(String what, PanelHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new PanelProtocolException("3x-UI answered " + what + " with unexpected HTTP " + answer.status()
                    + bodyHint(answer));
        }
        JsonNode node = http.parse(answer, what);
        if (!(node instanceof ObjectNode) || !node.path("success").isBoolean()) {
            throw new PanelProtocolException("3x-UI answered " + what + " without its {success,msg,obj} envelope: "
                    + PanelHttp.excerpt(answer.body()));
        }
        return new Envelope(node.get("success").asBoolean(), node.path("msg").asText(""), node.path("obj"));
    }

    private static String bodyHint(PanelHttp.Answer answer) {
        return answer.body().isBlank() ? ", empty body" : ": " + PanelHttp.excerpt(answer.body());
    }
}
