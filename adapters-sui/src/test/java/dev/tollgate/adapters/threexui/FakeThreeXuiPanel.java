package dev.tollgate.adapters.threexui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.testing.LoopbackPanel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 3x-UI panel that follows docs/panel-api-facts.md section 1, in one of three API generations: v2.8.x (legacy
 * routes, cookie session, no CSRF), v3.0.x (legacy routes, CSRF on every POST including login, Bearer tokens) and
 * v3.1+ (clients routes, per-inbound client routes gone, settings as objects).
 */
final class FakeThreeXuiPanel extends LoopbackPanel {

    enum Version {
        V2_8, V3_0, V3_1;

        boolean csrf() {
            return this != V2_8;
        }

        boolean legacyRoutes() {
            return this != V3_1;
        }
    }

    static final String USER = "admin";
    static final String PASSWORD = "s3cret!";
    static final String TOKEN = "tok-0123456789abcdef";
    static final String BASE_PATH = "/Xq7randomBase18ch/";

    private record Session(String csrf, boolean loggedIn) {
    }

    private record Inbound(int id, String protocol, boolean enable) {
    }

    private record Stored(ObjectNode fields, Set<Integer> inbounds) {
    }

    private volatile Version version;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<Integer, Inbound> inbounds = new LinkedHashMap<>();
    /** Clients by lower-cased email: emails are unique panel-wide and case-insensitively. */
    private final Map<String, Stored> clients = new LinkedHashMap<>();
    private final Map<String, long[]> traffic = new HashMap<>();
    private final Set<String> online = new LinkedHashSet<>();
    private final List<JsonNode> receivedClientBodies = new ArrayList<>();
    private int logins;

    FakeThreeXuiPanel(Version version, String protocol) {
        super(BASE_PATH);
        this.version = version;
        inbounds.put(1, new Inbound(1, protocol, true));
        inbounds.put(2, new Inbound(2, protocol, true));
    }

    // ---- test hooks -------------------------------------------------------------------------------------------

    synchronized void upgradeTo(Version newVersion) {
        version = newVersion;
        sessions.clear();
    }

    void expireSessions() {
        sessions.clear();
    }

    /** Gives every session a new CSRF token, as if the panel restarted its session store with the same cookie. */
    void rotateCsrfTokens() {
        sessions.replaceAll((id, session) -> new Session(UUID.randomUUID().toString(), session.loggedIn()));
    }

    synchronized int logins() {
        return logins;
    }

    synchronized ObjectNode client(String email) {
        Stored stored = clients.get(email.toLowerCase(Locale.ROOT));
        return stored == null ? null : stored.fields().deepCopy();
    }

    synchronized Set<Integer> inboundsOf(String email) {
        Stored stored = clients.get(email.toLowerCase(Locale.ROOT));
        return stored == null ? Set.of() : Set.copyOf(stored.inbounds());
    }

    synchronized List<JsonNode> receivedClientBodies() {
        return List.copyOf(receivedClientBodies);
    }

    /** Seeds a client the way an admin would through the web UI. */
    synchronized void seed(int inbound, ObjectNode client) {
        clients.put(client.path("email").asText().toLowerCase(Locale.ROOT), new Stored(client, new LinkedHashSet<>(Set.of(inbound))));
    }

    synchronized void addTraffic(String email, long up, long down) {
        long[] counters = traffic.computeIfAbsent(email.toLowerCase(Locale.ROOT), key -> new long[2]);
        counters[0] += up;
        counters[1] += down;
    }

    synchronized void setOnline(String email) {
        online.add(email);
    }

    /** Whether Xray would accept this credential: the client exists, is enabled and the secret matches. */
    synchronized boolean grantsAccess(String email, String secret) {
        Stored stored = clients.get(email.toLowerCase(Locale.ROOT));
        if (stored == null || !stored.fields().path("enable").asBoolean(false)) {
            return false;
        }
        return secret.equals(stored.fields().path("id").asText()) || secret.equals(stored.fields().path("password").asText());
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    @Override
    protected synchronized Reply handle(Request request) {
        String path = request.path();
        if (path.equals("csrf-token") && request.method().equals("GET")) {
            if (!version.csrf()) {
                return Reply.of(404, "");
            }
            String sessionId = request.cookies().get("3x-ui");
            Session session = sessionId == null ? null : sessions.get(sessionId);
            Reply reply;
            if (session == null) {
                sessionId = UUID.randomUUID().toString();
                session = new Session(UUID.randomUUID().toString(), false);
                sessions.put(sessionId, session);
            }
            reply = Reply.json(ok(JSON.getNodeFactory().textNode(session.csrf())));
            return reply.withHeader("Set-Cookie", "3x-ui=" + sessionId + "; Path=" + BASE_PATH + "; HttpOnly");
        }
        if (path.equals("login") && request.method().equals("POST")) {
            return login(request);
        }
        if (!path.startsWith("panel/api/")) {
            return Reply.of(404, "404 page not found");
        }
        if (!authenticated(request)) {
            // v2.8.4+ hides the API from strangers behind an empty 404; v3.0.2+ says 401 to XHR callers.
            boolean xhr = "XMLHttpRequest".equals(request.header("X-Requested-With"));
            return Reply.of(version == Version.V3_1 && xhr ? 401 : 404, "");
        }
        if (version.csrf() && bearer(request) == null && request.method().equals("POST") && !csrfMatches(request)) {
            return Reply.of(403, "");
        }
        String api = path.substring("panel/api/".length());
        Reply reply = version.legacyRoutes() ? legacy(request, api) : clientsApi(request, api);
        return reply != null ? reply : Reply.of(404, "404 page not found");
    }

    private Reply login(Request request) {
        String sessionId = request.cookies().get("3x-ui");
        if (version.csrf()) {
            // v3.0+: even the login POST needs the token handed out by GET csrf-token.
            Session session = sessionId == null ? null : sessions.get(sessionId);
            if (session == null || !session.csrf().equals(request.header("X-CSRF-Token"))) {
                return Reply.of(403, "");
            }
        }
        Map<String, String> form = request.isJson() ? jsonForm(request.json()) : request.form();
        if (!USER.equals(form.get("username")) || !PASSWORD.equals(form.get("password"))) {
            return Reply.json(fail("Wrong username or password."));
        }
        logins++;
        if (!version.csrf()) {
            sessionId = UUID.randomUUID().toString();
            sessions.put(sessionId, new Session("", true));
        } else {
            sessions.put(sessionId, new Session(sessions.get(sessionId).csrf(), true));
        }
        return Reply.json(ok(null)).withHeader("Set-Cookie", "3x-ui=" + sessionId + "; Path=" + BASE_PATH
                + "; Max-Age=21600; HttpOnly");
    }

    private static Map<String, String> jsonForm(ObjectNode json) {
        Map<String, String> form = new HashMap<>();
        if (json != null) {
            json.fields().forEachRemaining(entry -> form.put(entry.getKey(), entry.getValue().asText()));
        }
        return form;
    }

    private String bearer(Request request) {
        String authorization = request.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    private boolean authenticated(Request request) {
        String token = bearer(request);
        if (token != null) {
            // v2.x has no API tokens at all.
            return version.csrf() && TOKEN.equals(token);
        }
        Session session = sessions.get(request.cookies().getOrDefault("3x-ui", ""));
        return session != null && session.loggedIn();
    }

    private boolean csrfMatches(Request request) {
        Session session = sessions.get(request.cookies().getOrDefault("3x-ui", ""));
        return session != null && session.csrf().equals(request.header("X-CSRF-Token"));
    }

    // ---- legacy routes (v1.x - v3.0.x) --------------------------------------------------------------------------

    private Reply legacy(Request request, String api) {
        String[] p = api.split("/");
        if (!p[0].equals("inbounds")) {
            return null;
        }
        if (request.method().equals("GET") && p.length == 3 && p[1].equals("get")) {
            Inbound inbound = inbounds.get(Integer.parseInt(p[2]));
            return Reply.json(inbound == null ? fail("Record not found") : ok(inboundJson(inbound)));
        }
        if (request.method().equals("GET") && p.length == 2 && p[1].equals("list")) {
            ArrayNode list = JSON.createArrayNode();
            inbounds.values().forEach(inbound -> list.add(inboundJson(inbound)));
            return Reply.json(ok(list));
        }
        if (request.method().equals("GET") && p.length == 3 && p[1].equals("getClientTraffics")) {
            Stored stored = clients.get(p[2].toLowerCase(Locale.ROOT));
            return Reply.json(stored == null ? fail("Inbound Not Found For Email") : ok(trafficJson(stored)));
        }
        if (!request.method().equals("POST")) {
            return null;
        }
        if (p.length == 2 && p[1].equals("addClient")) {
            return legacyAdd(request);
        }
        if (p.length == 3 && p[1].equals("updateClient")) {
            return legacyUpdate(request, p[2]);
        }
        if (p.length == 4 && p[2].equals("delClient")) {
            return legacyDelete(Integer.parseInt(p[1]), p[3]);
        }
        if (p.length == 4 && p[2].equals("resetClientTraffic")) {
            traffic.remove(p[3].toLowerCase(Locale.ROOT));
            return Reply.json(ok(null));
        }
        if (p.length == 2 && p[1].equals("onlines")) {
            ArrayNode emails = JSON.createArrayNode();
            online.forEach(emails::add);
            // Nobody online is null, not [].
            return Reply.json(ok(online.isEmpty() ? null : emails));
        }
        return null;
    }

    /** Parses the legacy body: form or JSON, with settings as a JSON-encoded string (an object fails to bind). */
    private ObjectNode legacyClient(Request request, int[] inboundId) {
        String id;
        JsonNode settingsNode;
        if (request.isJson()) {
            ObjectNode json = request.json();
            if (json == null || !json.path("settings").isTextual()) {
                return null;
            }
            id = json.path("id").asText();
            settingsNode = json.get("settings");
        } else {
            id = request.form().get("id");
            settingsNode = JSON.getNodeFactory().textNode(request.form().getOrDefault("settings", ""));
        }
        try {
            inboundId[0] = Integer.parseInt(id);
            JsonNode settings = JSON.readTree(settingsNode.asText());
            receivedClientBodies.add(settingsNode);
            JsonNode list = settings.path("clients");
            return list.size() == 1 && list.get(0) instanceof ObjectNode client ? client : null;
        } catch (Exception e) {
            return null;
        }
    }

    private Reply legacyAdd(Request request) {
        int[] inboundId = new int[1];
        ObjectNode client = legacyClient(request, inboundId);
        if (client == null || !inbounds.containsKey(inboundId[0])) {
            return Reply.json(fail("Something went wrong (invalid request)"));
        }
        String problem = validate(client, inbounds.get(inboundId[0]).protocol(), null);
        if (problem != null) {
            return Reply.json(fail("Something went wrong (" + problem + ")"));
        }
        client.put("created_at", 1_700_000_000_000L);
        clients.put(key(client), new Stored(client, new LinkedHashSet<>(Set.of(inboundId[0]))));
        return Reply.json(ok(null));
    }

    private Reply legacyUpdate(Request request, String clientId) {
        int[] inboundId = new int[1];
        ObjectNode client = legacyClient(request, inboundId);
        Inbound inbound = inbounds.get(inboundId[0]);
        if (client == null || inbound == null) {
            return Reply.json(fail("Something went wrong (invalid request)"));
        }
        String oldKey = findByClientId(inbound, clientId);
        if (oldKey == null) {
            return Reply.json(fail("Something went wrong (clientId not found in inbound)"));
        }
        String problem = validate(client, inbound.protocol(), oldKey);
        if (problem != null) {
            return Reply.json(fail("Something went wrong (" + problem + ")"));
        }
        Stored old = clients.remove(oldKey);
        clients.put(key(client), new Stored(client, old.inbounds()));
        return Reply.json(ok(null));
    }

    private Reply legacyDelete(int inboundId, String clientId) {
        Inbound inbound = inbounds.get(inboundId);
        String found = inbound == null ? null : findByClientId(inbound, clientId);
        if (found == null) {
            return Reply.json(fail("Something went wrong (Client Not Found)"));
        }
        long left = clients.values().stream().filter(stored -> stored.inbounds().contains(inboundId)).count();
        if (left <= 1) {
            return Reply.json(fail("Something went wrong (no client remained in Inbound)"));
        }
        clients.remove(found);
        traffic.remove(found);
        return Reply.json(ok(null));
    }

    /** The legacy route key: UUID for vmess/vless, password for trojan, email for shadowsocks. */
    private String findByClientId(Inbound inbound, String clientId) {
        for (Map.Entry<String, Stored> entry : clients.entrySet()) {
            if (!entry.getValue().inbounds().contains(inbound.id())) {
                continue;
            }
            ObjectNode fields = entry.getValue().fields();
            String key = switch (inbound.protocol()) {
                case "trojan" -> fields.path("password").asText();
                case "shadowsocks" -> fields.path("email").asText();
                default -> fields.path("id").asText();
            };
            if (key.equals(clientId)) {
                return entry.getKey();
            }
        }
        return null;
    }

    // ---- clients routes (v3.1+) ---------------------------------------------------------------------------------

    private Reply clientsApi(Request request, String api) {
        String[] p = api.split("/");
        if (p[0].equals("inbounds")) {
            if (request.method().equals("GET") && p.length == 3 && p[1].equals("get")) {
                Inbound inbound = inbounds.get(Integer.parseInt(p[2]));
                return Reply.json(inbound == null ? fail("Record not found") : ok(inboundJson(inbound)));
            }
            if (request.method().equals("GET") && p.length == 2 && p[1].equals("list")) {
                ArrayNode list = JSON.createArrayNode();
                inbounds.values().forEach(inbound -> list.add(inboundJson(inbound)));
                return Reply.json(ok(list));
            }
            // The per-inbound client routes are gone in v3.1; no aliases.
            return null;
        }
        if (!p[0].equals("clients")) {
            return null;
        }
        if (request.method().equals("POST") && !request.isJson() && request.body().length() > 0) {
            return Reply.json(fail("invalid request body (expected JSON)"));
        }
        if (request.method().equals("GET") && p.length == 2 && p[1].equals("list")) {
            ArrayNode list = JSON.createArrayNode();
            clients.values().forEach(stored -> {
                ObjectNode row = list.addObject();
                row.put("email", stored.fields().path("email").asText());
                row.put("subId", stored.fields().path("subId").asText());
                row.put("enable", stored.fields().path("enable").asBoolean());
                ArrayNode ids = row.putArray("inboundIds");
                stored.inbounds().forEach(ids::add);
            });
            return Reply.json(ok(list));
        }
        if (request.method().equals("GET") && p.length == 3 && p[1].equals("get")) {
            Stored stored = exact(p[2]);
            if (stored == null) {
                return Reply.json(fail("record not found"));
            }
            ObjectNode obj = JSON.createObjectNode();
            obj.set("client", stored.fields().deepCopy());
            ArrayNode ids = obj.putArray("inboundIds");
            stored.inbounds().forEach(ids::add);
            return Reply.json(ok(obj));
        }
        if (request.method().equals("GET") && p.length == 3 && p[1].equals("traffic")) {
            Stored stored = exact(p[2]);
            return Reply.json(stored == null ? fail("record not found") : ok(trafficJson(stored)));
        }
        if (!request.method().equals("POST")) {
            return null;
        }
        if (p.length == 2 && p[1].equals("add")) {
            ObjectNode body = request.json();
            if (body == null || !(body.get("client") instanceof ObjectNode client)) {
                return Reply.json(fail("invalid request body"));
            }
            receivedClientBodies.add(body);
            if (client.path("email").asText().isEmpty()) {
                return Reply.json(fail("client email is required"));
            }
            if (body.path("inboundIds").size() == 0) {
                return Reply.json(fail("at least one inbound is required"));
            }
            if (!client.hasNonNull("id") || client.path("id").asText().isEmpty()) {
                client.put("id", UUID.randomUUID().toString());
            }
            if (client.path("subId").asText().isEmpty()) {
                client.put("subId", UUID.randomUUID().toString());
            }
            String problem = validate(client, null, null);
            if (problem != null) {
                return Reply.json(fail(problem));
            }
            Set<Integer> ids = new LinkedHashSet<>();
            body.get("inboundIds").forEach(id -> ids.add(id.asInt()));
            client.put("createdAt", 1_700_000_000_000L);
            clients.put(key(client), new Stored(client, ids));
            return Reply.json(ok(null));
        }
        if (p.length == 3 && p[1].equals("update")) {
            Stored stored = exact(p[2]);
            ObjectNode client = request.json();
            if (stored == null) {
                return Reply.json(fail("record not found"));
            }
            if (client == null) {
                return Reply.json(fail("invalid request body"));
            }
            receivedClientBodies.add(client);
            if (client.path("subId").asText().isEmpty()) {
                client.put("subId", stored.fields().path("subId").asText());
            }
            String oldKey = key(stored.fields());
            String problem = validate(client, null, oldKey);
            if (problem != null) {
                return Reply.json(fail(problem));
            }
            clients.remove(oldKey);
            clients.put(key(client), new Stored(client, stored.inbounds()));
            return Reply.json(ok(null));
        }
        if (p.length == 3 && p[1].equals("del")) {
            Stored stored = exact(p[2]);
            if (stored == null) {
                return Reply.json(fail("record not found"));
            }
            clients.remove(key(stored.fields()));
            traffic.remove(key(stored.fields()));
            return Reply.json(ok(null));
        }
        if (p.length == 3 && p[2].equals("attach")) {
            Stored stored = exact(p[1]);
            if (stored == null) {
                return Reply.json(fail("record not found"));
            }
            request.json().path("inboundIds").forEach(id -> stored.inbounds().add(id.asInt()));
            return Reply.json(ok(null));
        }
        if (p.length == 3 && p[1].equals("resetTraffic")) {
            Stored stored = exact(p[2]);
            if (stored == null) {
                return Reply.json(fail("record not found"));
            }
            traffic.remove(key(stored.fields()));
            return Reply.json(ok(null));
        }
        if (p.length == 2 && p[1].equals("onlines")) {
            ArrayNode emails = JSON.createArrayNode();
            online.forEach(emails::add);
            return Reply.json(ok(online.isEmpty() ? null : emails));
        }
        return null;
    }

    /** Lookups by email in a route use the exact spelling; only uniqueness checks ignore case. */
    private Stored exact(String email) {
        Stored stored = clients.get(email.toLowerCase(Locale.ROOT));
        return stored != null && stored.fields().path("email").asText().equals(email) ? stored : null;
    }

    // ---- shared rules -------------------------------------------------------------------------------------------

    private String validate(ObjectNode client, String protocol, String replacing) {
        String email = client.path("email").asText("");
        if (email.isEmpty()) {
            return "client email is required";
        }
        if (("vless".equals(protocol) || "vmess".equals(protocol)) && client.path("id").asText("").isEmpty()) {
            return "empty client ID";
        }
        if ("trojan".equals(protocol) && client.path("password").asText("").isEmpty()) {
            return "empty client password";
        }
        if (!client.path("tgId").isMissingNode() && !client.path("tgId").isNumber()) {
            return "json: cannot unmarshal string into Go struct field Client.tgId of type int64";
        }
        String key = email.toLowerCase(Locale.ROOT);
        if (clients.containsKey(key) && !key.equals(replacing)) {
            return "Duplicate email: " + email;
        }
        if (version == Version.V3_1) {
            String subId = client.path("subId").asText("");
            for (Map.Entry<String, Stored> entry : clients.entrySet()) {
                if (!entry.getKey().equals(key) && !entry.getKey().equals(replacing)
                        && entry.getValue().fields().path("subId").asText().equals(subId)) {
                    return "subId already in use";
                }
            }
        }
        return null;
    }

    private static String key(ObjectNode client) {
        return client.path("email").asText().toLowerCase(Locale.ROOT);
    }

    private ObjectNode inboundJson(Inbound inbound) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", inbound.id());
        json.put("protocol", inbound.protocol());
        json.put("enable", inbound.enable());
        json.put("port", 40000 + inbound.id());
        json.put("tag", "inbound-" + (40000 + inbound.id()));
        ObjectNode settings = JSON.createObjectNode();
        ArrayNode list = settings.putArray("clients");
        ArrayNode stats = json.putArray("clientStats");
        clients.values().stream().filter(stored -> stored.inbounds().contains(inbound.id())).forEach(stored -> {
            list.add(stored.fields().deepCopy());
            stats.add(trafficJson(stored));
        });
        settings.put("decryption", "none");
        // Up to v3.0.x settings travel as a JSON-encoded string; v3.1 emits the object itself.
        if (version.legacyRoutes()) {
            json.put("settings", settings.toString());
        } else {
            json.set("settings", settings);
        }
        return json;
    }

    private ObjectNode trafficJson(Stored stored) {
        long[] counters = traffic.getOrDefault(key(stored.fields()), new long[2]);
        ObjectNode json = JSON.createObjectNode();
        json.put("email", stored.fields().path("email").asText());
        json.put("enable", stored.fields().path("enable").asBoolean());
        json.put("up", counters[0]);
        json.put("down", counters[1]);
        json.put("total", stored.fields().path("totalGB").asLong());
        json.put("expiryTime", stored.fields().path("expiryTime").asLong());
        return json;
    }

    private static ObjectNode ok(JsonNode obj) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("success", true);
        envelope.put("msg", "");
        envelope.set("obj", obj == null ? JSON.nullNode() : obj);
        return envelope;
    }

    private static ObjectNode fail(String msg) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("success", false);
        envelope.put("msg", msg);
        envelope.set("obj", JSON.nullNode());
        return envelope;
    }
}
