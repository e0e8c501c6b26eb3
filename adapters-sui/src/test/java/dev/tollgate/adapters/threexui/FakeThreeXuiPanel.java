package dev.tollgate.adapters.threexui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.testing.LoopbackPanel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 3x-UI panel rebuilt from MHSanaei/3x-ui's source (../shared/docs/panel-fakes-audit.md names file, line and commit
 * of every rule), in one of its API generations: v2.8.x (legacy routes, cookie session, no CSRF), v3.0.0/v3.0.1
 * (legacy routes, CSRF on every POST including login, Bearer tokens; v3.0.2 already answers 401 like v3.1) and the
 * clients routes of v3.1.0, v3.5.0-v3.6.0 and main after v3.6.0 (per-inbound client routes gone, settings as
 * objects, clients stored as database records).
 */
public final class FakeThreeXuiPanel extends LoopbackPanel {

    public enum Version {
        /** v2.8.x: per-inbound routes, no CSRF, no tokens. */
        V2_8,
        /** v3.0.0/v3.0.1: per-inbound routes, CSRF, Bearer tokens. */
        V3_0,
        /** v3.1.0: the clients routes; records without the WireGuard columns; no name checks. */
        V3_1,
        /** v3.5.0-v3.6.0: records carry allowedIPs as a string; names checked; empty credentials kept on update. */
        V3_5,
        /** main after v3.6.0: limitHwid on update, token scopes, get adds externalLinks and usedTraffic. */
        MAIN;

        boolean csrf() {
            return this != V2_8;
        }

        boolean legacyRoutes() {
            return this == V2_8 || this == V3_0;
        }
    }

    public static final String USER = "admin";
    public static final String PASSWORD = "s3cret!";
    static final String TOKEN = "tok-0123456789abcdef";
    /** A main-branch token with the monitor scope (api.go enforceTokenScope): reads only. */
    static final String MONITOR_TOKEN = "tok-monitor-0123456789";
    static final String WENT_WRONG = "Something went wrong";
    /** pages.login.toasts.wrongUsernameOrPassword in en-US (the same from v2.8.11 to main). */
    public static final String WRONG_LOGIN = "Invalid username or password or two-factor code.";
    static final String OBTAIN_FAILED = "Obtain";
    private static final long NOW_MILLIS = 1_700_000_000_000L;
    static final String BASE_PATH = "/Xq7randomBase18ch/";

    private record Session(String csrf, boolean loggedIn) {
    }

    private record Inbound(int id, String protocol, boolean enable) {
    }

    private record Stored(ObjectNode fields, Set<Integer> inbounds) {
    }

    /** An X25519 pair as {@code xray x25519} (and the panel's getNewX25519Cert) prints it: raw URL-safe base64. */
    public static final String REALITY_PRIVATE_KEY = "qD7x4pO1mWZ0bWcS3bY1i9Vx4s7oYQ5m8gZkq2n0JmM";
    public static final String REALITY_PUBLIC_KEY = "Z84J2IelR9ch3k8VtlVhhs5ycBUlXA7wHBWcBrjqnAw";
    /** The web UI's random short ids: hex of 2 to 16 characters (RandomUtil.randomShortIds), here one empty too. */
    public static final List<String> REALITY_SHORT_IDS = List.of("", "6ba85179e30d4fc2", "a1", "3f09c2");
    public static final List<String> REALITY_SERVER_NAMES = List.of("www.apple.com", "apple.com");

    private volatile Version version;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<Integer, Inbound> inbounds = new LinkedHashMap<>();
    /** Inbounds whose streamSettings an admin switched to Reality in the web UI. */
    private final Set<Integer> reality = new HashSet<>();
    /** Clients by lower-cased email: emails are unique panel-wide and case-insensitively. */
    private final Map<String, Stored> clients = new LinkedHashMap<>();
    private final Map<String, long[]> traffic = new HashMap<>();
    private final Set<String> online = new LinkedHashSet<>();
    private final Set<String> withoutTrafficRow = new LinkedHashSet<>();
    /** inbound_client_ips: per email, IP -> last seen (unix seconds), filled by the panel's access-log job. */
    private final Map<String, Map<String, Long>> clientIps = new HashMap<>();
    /** main's client_hwids rows per email. */
    private final Map<String, List<ObjectNode>> hwids = new HashMap<>();
    private final List<JsonNode> receivedClientBodies = new ArrayList<>();
    private int logins;
    /** internal/web/controller/login_limiter.go: failures per username (and IP, always loopback here). */
    private final Map<String, Integer> loginFailures = new HashMap<>();
    private final Set<String> loginBlocked = new HashSet<>();
    private int rowIds;
    private int unauthorized;

    public FakeThreeXuiPanel(Version version, String protocol) {
        super(BASE_PATH);
        this.version = version;
        inbounds.put(1, new Inbound(1, protocol, true));
        inbounds.put(2, new Inbound(2, protocol, true));
    }

    // ---- test hooks -------------------------------------------------------------------------------------------

    synchronized void upgradeTo(Version newVersion) {
        boolean migrate = version.legacyRoutes() && !newVersion.legacyRoutes();
        version = newVersion;
        sessions.clear();
        if (migrate) {
            // v3.1's migration moves the clients out of each inbound's settings into the clients table.
            clients.replaceAll((key, stored) -> new Stored(record(stored.fields(), ++rowIds, NOW_MILLIS, 0),
                    stored.inbounds()));
        }
    }

    void expireSessions() {
        sessions.clear();
    }

    /** Gives every session a new CSRF token, as if the panel restarted its session store with the same cookie. */
    void rotateCsrfTokens() {
        sessions.replaceAll((id, session) -> new Session(UUID.randomUUID().toString(), session.loggedIn()));
    }

    /** The limiter's 15-minute cooldown is over. */
    synchronized void liftLoginBlock() {
        loginBlocked.clear();
        loginFailures.clear();
    }

    /** How many requests were answered 401 (v3.0.2+ to XHR callers without a session). */
    synchronized int unauthorizedAnswers() {
        return unauthorized;
    }

    public synchronized int logins() {
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
        ObjectNode fields = version.legacyRoutes() ? client : record(client, ++rowIds, NOW_MILLIS,
                client.path("limitHwid").asInt(0));
        clients.put(key(fields), new Stored(fields, new LinkedHashSet<>(Set.of(inbound))));
    }

    /** Switches an inbound to VLESS over TCP with Reality, as an admin does in the web UI's inbound form. */
    public synchronized void makeReality(int inbound) {
        reality.add(inbound);
    }

    /** Detaches the client from every inbound, as the web UI's detach does; the record stays. */
    synchronized void detach(String email) {
        clients.get(email.toLowerCase(Locale.ROOT)).inbounds().clear();
    }

    /** Sets the HWID limit as an admin would in the main-branch web UI. */
    synchronized void setLimitHwid(String email, int limit) {
        clients.get(email.toLowerCase(Locale.ROOT)).fields().put("limitHwid", limit);
    }

    /** Removes the client's client_traffics row, as happens when a client was imported without one. */
    synchronized void dropTrafficRow(String email) {
        withoutTrafficRow.add(email.toLowerCase(Locale.ROOT));
    }

    /**
     * The traffic poll at {@code nowMillis}: a delayed start (negative expiryTime -N) of a client with traffic becomes
     * the deadline now+N (internal/web/service/inbound_traffic.go adjustTraffics, l.198-217).
     */
    synchronized void startDelayedTerms(long nowMillis) {
        clients.forEach((key, stored) -> {
            long[] counters = traffic.getOrDefault(key, new long[2]);
            long expiry = stored.fields().path("expiryTime").asLong();
            if (expiry < 0 && counters[0] + counters[1] > 0) {
                stored.fields().put("expiryTime", nowMillis - expiry);
            }
        });
    }

    /** The panel's IP job saw the client connect from {@code ip} at unix second {@code seen}. */
    synchronized void recordIp(String email, String ip, long seen) {
        clientIps.computeIfAbsent(email, key -> new LinkedHashMap<>()).put(ip, seen);
    }

    /** main: the subscription server registered a device for the client (client_hwid.go ClientHwidInfo). */
    synchronized void recordHwid(String email, String userAgent, String deviceOs, long seen) {
        List<ObjectNode> rows = hwids.computeIfAbsent(email, key -> new ArrayList<>());
        ObjectNode row = JSON.createObjectNode();
        row.put("id", rows.size() + 1).put("firstSeen", seen).put("lastSeen", seen).put("userAgent", userAgent)
                .put("deviceOs", deviceOs).put("osVersion", "").put("deviceModel", "");
        rows.add(row);
    }

    /** The panel's "2006-01-02 15:04:05" in its local zone (UTC here). */
    private static String panelTime(long seconds) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC));
    }

    /**
     * The panel's depletion pass at {@code nowMillis} (main internal/web/service/inbound_disable.go
     * disableInvalidClients, depletedClientsCondLocal): an enabled client with {@code total > 0 AND up + down >= total}
     * or {@code expiry_time > 0 AND expiry_time <= now} is disabled by the panel itself.
     */
    synchronized void runDepletionJob(long nowMillis) {
        clients.forEach((key, stored) -> {
            long[] counters = traffic.getOrDefault(key, new long[2]);
            long total = stored.fields().path("totalGB").asLong();
            long expiry = stored.fields().path("expiryTime").asLong();
            boolean depleted = (total > 0 && counters[0] + counters[1] >= total) || (expiry > 0 && expiry <= nowMillis);
            if (depleted && stored.fields().path("enable").asBoolean()) {
                stored.fields().put("enable", false);
            }
        });
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
        String uuid = stored.fields().path(version.legacyRoutes() ? "id" : "uuid").asText();
        return secret.equals(uuid) || secret.equals(stored.fields().path("password").asText());
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
            if (!version.legacyRoutes() && xhr) {
                unauthorized++;
                return Reply.of(401, "");
            }
            return Reply.of(404, "");
        }
        if (version == Version.MAIN && MONITOR_TOKEN.equals(bearer(request))
                && !(request.method().equals("GET") && path.equals("panel/api/server/status"))) {
            // api.go enforceTokenScope (l.118-154): a monitor token reaches only status and metrics routes.
            return new Reply(403, "{\"success\":false,\"msg\":\"this API token is not permitted to access this "
                    + "endpoint\"}", Map.of("Content-Type", "application/json"), false);
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
        String user = form.getOrDefault("username", "");
        if (version.csrf() && loginBlocked.contains(user)) {
            // index.go login l.81-93: while blocked, even the right password gets the wrong-password answer.
            return Reply.json(fail(WRONG_LOGIN));
        }
        if (!USER.equals(user) || !PASSWORD.equals(form.get("password"))) {
            // registerFailure: 5 failures within 5 minutes block the username and IP for 15 minutes.
            if (version.csrf() && loginFailures.merge(user, 1, Integer::sum) >= 5) {
                loginFailures.remove(user);
                loginBlocked.add(user);
            }
            return Reply.json(fail(WRONG_LOGIN));
        }
        loginFailures.remove(user);
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
            return version.csrf() && (TOKEN.equals(token) || (version == Version.MAIN && MONITOR_TOKEN.equals(token)));
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
            // GetClientByEmail (v2.8.11 web/service/inbound.go l.1396-1417): a case-sensitive email = ?.
            Stored stored = exact(p[2]);
            return Reply.json(stored == null ? fail("Something went wrong (Inbound Not Found For Email: " + p[2] + ")")
                    : ok(trafficJson(stored)));
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
        if (p.length == 3 && p[1].equals("clientIps")) {
            // web/controller/inbound.go getClientIps (v3.0.2 l.278-310): "ip (time)" strings, or the string
            // "No IP Record" as the obj when there are none.
            Map<String, Long> ips = clientIps.get(p[2]);
            if (ips == null || ips.isEmpty()) {
                return Reply.json(ok(JSON.getNodeFactory().textNode("No IP Record")));
            }
            ArrayNode list = JSON.createArrayNode();
            ips.forEach((ip, seen) -> list.add(ip + " (" + panelTime(seen) + ")"));
            return Reply.json(ok(list));
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
    // Followed from MHSanaei/3x-ui: routes in internal/web/controller/client.go (v3.1.0: web/controller/client.go),
    // rules in internal/web/service/client_crud.go and client_lookup.go, types in internal/database/model/model.go.
    // Routes bind a model.Client (id: the UUID string, allowedIPs: []string); get and list answer the database row,
    // a model.ClientRecord (id: the integer row id, the UUID under uuid, allowedIPs: a comma-joined string).

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
            // ShouldBindJSON decodes the body as JSON whatever its content type; a form body is not JSON.
            return Reply.json(fail(WENT_WRONG + " (invalid character looking for beginning of value)"));
        }
        if (request.method().equals("GET") && p.length == 2 && p[1].equals("list")) {
            return Reply.json(ok(listRows()));
        }
        if (request.method().equals("GET") && p.length == 3 && p[1].equals("get")) {
            return getClient(p[2]);
        }
        if (request.method().equals("GET") && p.length == 3 && p[1].equals("traffic")) {
            // inbound_traffic.go GetClientTrafficByEmail: no row is (nil, nil), so success with a null obj.
            Stored stored = exact(p[2]);
            boolean row = stored != null && !withoutTrafficRow.contains(key(stored.fields()));
            return Reply.json(ok(row ? trafficJson(stored) : null));
        }
        if (!request.method().equals("POST")) {
            return null;
        }
        if (p.length == 2 && p[1].equals("add")) {
            return addClient(request);
        }
        if (p.length == 3 && p[1].equals("update")) {
            return updateClient(request, p[2]);
        }
        if (p.length == 3 && p[1].equals("del")) {
            Stored stored = exact(p[2]);
            if (stored == null) {
                return Reply.json(fail(WENT_WRONG + " (client \"" + p[2]
                        + "\" not found in any inbound or client record)"));
            }
            clients.remove(key(stored.fields()));
            traffic.remove(key(stored.fields()));
            return Reply.json(ok(null));
        }
        if (p.length == 3 && p[2].equals("attach")) {
            Stored stored = exact(p[1]);
            if (stored == null) {
                return Reply.json(fail(WENT_WRONG + " (record not found)"));
            }
            request.json().path("inboundIds").forEach(id -> stored.inbounds().add(id.asInt()));
            return Reply.json(ok(null));
        }
        if (p.length == 3 && p[1].equals("resetTraffic")) {
            Stored stored = exact(p[2]);
            if (stored == null) {
                return Reply.json(fail(WENT_WRONG + " (record not found)"));
            }
            traffic.remove(key(stored.fields()));
            return Reply.json(ok(null));
        }
        if (p.length == 2 && p[1].equals("onlines")) {
            ArrayNode emails = JSON.createArrayNode();
            online.forEach(emails::add);
            return Reply.json(ok(online.isEmpty() ? null : emails));
        }
        if (p.length == 3 && p[1].equals("ips")) {
            // inbound_node_ips.go GetClientIpsWithNodes (l.216-260): [{ip, time, node}], [] when none; node "" is
            // this panel.
            ArrayNode list = JSON.createArrayNode();
            clientIps.getOrDefault(p[2], Map.of()).forEach((ip, seen) -> list.addObject().put("ip", ip)
                    .put("time", panelTime(seen)).put("node", ""));
            return Reply.json(ok(list));
        }
        if (p.length == 3 && p[1].equals("hwids") && version == Version.MAIN) {
            ArrayNode list = JSON.createArrayNode();
            hwids.getOrDefault(p[2], List.of()).forEach(row -> list.add(row.deepCopy()));
            return Reply.json(ok(list));
        }
        return null;
    }

    /** client_lookup.go List + service/client.go ClientWithAttachments: full rows, inboundIds (null if none), traffic. */
    private ArrayNode listRows() {
        ArrayNode list = JSON.createArrayNode();
        clients.values().forEach(stored -> {
            ObjectNode row = stored.fields().deepCopy();
            if (stored.inbounds().isEmpty()) {
                row.putNull("inboundIds");
            } else {
                ArrayNode ids = row.putArray("inboundIds");
                stored.inbounds().forEach(ids::add);
            }
            if (!withoutTrafficRow.contains(key(stored.fields()))) {
                row.set("traffic", trafficJson(stored));
            }
            list.add(row);
        });
        return list;
    }

    /** controller/client.go get -> buildClientPayload: {client: ClientRecord, inboundIds[, externalLinks, usedTraffic]}. */
    private Reply getClient(String email) {
        Stored stored = exact(email);
        if (stored == null) {
            return Reply.json(fail(OBTAIN_FAILED + " (record not found)"));
        }
        ObjectNode obj = JSON.createObjectNode();
        obj.set("client", stored.fields().deepCopy());
        ArrayNode ids = obj.putArray("inboundIds");
        stored.inbounds().forEach(ids::add);
        if (version == Version.MAIN) {
            obj.putArray("externalLinks");
            long[] counters = traffic.getOrDefault(key(stored.fields()), new long[2]);
            obj.put("usedTraffic", counters[0] + counters[1]);
        }
        return Reply.json(ok(obj));
    }

    /** controller/client.go create binds ClientCreatePayload{client model.Client, inboundIds []int}; client_crud.go Create. */
    private Reply addClient(Request request) {
        ObjectNode body = request.json();
        if (body == null) {
            return Reply.json(fail(WENT_WRONG + " (invalid request body)"));
        }
        receivedClientBodies.add(body);
        String bindError = body.has("client") && !body.get("client").isNull() && !body.get("client").isObject()
                ? unmarshalError(body.get("client"), "ClientCreatePayload.client", "model.Client")
                : bindClient(body.path("client"), "ClientCreatePayload.client.", Set.of());
        if (bindError != null) {
            return Reply.json(fail(WENT_WRONG + " (" + bindError + ")"));
        }
        ObjectNode client = body.path("client") instanceof ObjectNode object ? object.deepCopy() : JSON.createObjectNode();
        String email = client.path("email").asText("");
        String problem = checkNames(email, client.path("subId").asText(""));
        if (problem != null) {
            return Reply.json(fail(WENT_WRONG + " (" + problem + ")"));
        }
        Set<Integer> ids = new LinkedHashSet<>();
        body.path("inboundIds").forEach(id -> ids.add(id.asInt()));
        if (ids.isEmpty()) {
            return Reply.json(fail(WENT_WRONG + " (at least one inbound is required)"));
        }
        if (client.path("subId").asText("").isEmpty()) {
            client.put("subId", UUID.randomUUID().toString());
        }
        // client_crud.go Create l.149-151 (v3.1.0 web/service/client.go:408): a client is always created enabled.
        client.put("enable", true);
        String subId = client.path("subId").asText();
        Stored existing = exact(email);
        if (existing != null) {
            // Create l.158-182: the same email is a re-add of the same identity only with the same subId.
            if (existing.fields().path("subId").asText("").isEmpty()
                    || !existing.fields().path("subId").asText().equals(subId)) {
                return Reply.json(fail(WENT_WRONG + " (email already in use: " + email + ")"));
            }
            if (client.path("id").asText("").isEmpty()) {
                client.put("id", existing.fields().path("uuid").asText());
            }
            if (client.path("password").asText("").isEmpty()) {
                client.put("password", existing.fields().path("password").asText());
            }
        }
        for (Map.Entry<String, Stored> entry : clients.entrySet()) {
            if (entry.getValue().fields().path("subId").asText().equals(subId)
                    && !entry.getValue().fields().path("email").asText().equals(email)) {
                return Reply.json(fail(WENT_WRONG + " (subId already in use: " + subId + ")"));
            }
        }
        for (int id : ids) {
            Inbound inbound = inbounds.get(id);
            if (inbound == null) {
                return Reply.json(fail(WENT_WRONG + " (record not found)"));
            }
            fillProtocolDefaults(client, inbound.protocol());
            // client_inbound_apply.go checkEmailsExistForClients: case-insensitive, panel-wide, same subId exempt.
            Stored holder = clients.get(email.toLowerCase(Locale.ROOT));
            if (holder != null && holder != existing && !holder.fields().path("subId").asText().equals(subId)) {
                return Reply.json(fail(WENT_WRONG + " (Duplicate email: " + email + ")"));
            }
        }
        if (existing != null) {
            existing.inbounds().addAll(ids);
        } else {
            clients.put(key(client), new Stored(record(client, ++rowIds, NOW_MILLIS, 0), ids));
        }
        return Reply.json(ok(null));
    }

    /** controller/client.go update binds model.Client (main: plus limitHwid) from the bare body; client_crud.go Update. */
    private Reply updateClient(Request request, String email) {
        ObjectNode client = request.json();
        if (client == null) {
            return Reply.json(fail(WENT_WRONG + " (invalid request body)"));
        }
        receivedClientBodies.add(client);
        // Binding comes first: a body of the wrong shape fails even for an unknown email.
        String bindError = bindClient(client, version == Version.MAIN ? "." : "Client.",
                version == Version.MAIN ? Set.of("limitHwid") : Set.of());
        if (bindError != null) {
            return Reply.json(fail(WENT_WRONG + " (" + bindError + ")"));
        }
        Stored stored = exact(email);
        if (stored == null) {
            return Reply.json(fail(WENT_WRONG + " (record not found)"));
        }
        client = client.deepCopy();
        String problem = checkNames(client.path("email").asText(""), client.path("subId").asText(""));
        if (problem != null) {
            return Reply.json(fail(WENT_WRONG + " (" + problem + ")"));
        }
        ObjectNode old = stored.fields();
        if (client.path("subId").asText("").isEmpty()) {
            client.put("subId", old.path("subId").asText());
        }
        if (version != Version.V3_1) {
            // Update l.434-460 (v3.4.0+): an empty credential keeps the stored one instead of minting a new one.
            if (client.path("id").asText("").isEmpty()) {
                client.put("id", old.path("uuid").asText());
            }
            if (client.path("password").asText("").isEmpty()) {
                client.put("password", old.path("password").asText());
            }
        }
        Inbound first = inbounds.get(stored.inbounds().iterator().next());
        fillProtocolDefaults(client, first.protocol());
        String newEmail = client.path("email").asText();
        String oldKey = key(old);
        if (!newEmail.equals(old.path("email").asText()) && clients.containsKey(newEmail.toLowerCase(Locale.ROOT))
                && !newEmail.toLowerCase(Locale.ROOT).equals(oldKey)) {
            return Reply.json(fail(WENT_WRONG + " (Duplicate email: " + newEmail + ")"));
        }
        String subId = client.path("subId").asText();
        for (Map.Entry<String, Stored> entry : clients.entrySet()) {
            if (!entry.getKey().equals(oldKey) && entry.getValue().fields().path("subId").asText().equals(subId)) {
                return Reply.json(fail(WENT_WRONG + " (Duplicate subId: " + subId + ")"));
            }
        }
        // Every model.Client field is replaced by what was bound (Go zero values for the ones left out); main sets
        // limitHwid from the outer field, so leaving it out resets it to 0 (setClientLimitHwidByEmail, l.604).
        ObjectNode updated = record(client, old.path("id").asInt(), old.path("createdAt").asLong(),
                client.path("limitHwid").asInt(0));
        clients.remove(oldKey);
        clients.put(key(updated), new Stored(updated, stored.inbounds()));
        if (!oldKey.equals(key(updated)) && traffic.containsKey(oldKey)) {
            traffic.put(key(updated), traffic.remove(oldKey));
        }
        return Reply.json(ok(null));
    }

    /**
     * client_crud.go fillProtocolDefaults (l.226-258): the panel mints a missing credential, and on a Shadowsocks-2022
     * inbound replaces a key that is not base64 of the method's key size (validShadowsocksClientKey, l.301-311).
     */
    private static void fillProtocolDefaults(ObjectNode client, String protocol) {
        if (("vless".equals(protocol) || "vmess".equals(protocol)) && client.path("id").asText("").isEmpty()) {
            client.put("id", UUID.randomUUID().toString());
        }
        if ("trojan".equals(protocol) && client.path("password").asText("").isEmpty()) {
            client.put("password", UUID.randomUUID().toString().replace("-", ""));
        }
        if ("shadowsocks".equals(protocol) && !validShadowsocksKey(client.path("password").asText(""))) {
            byte[] key = new byte[SHADOWSOCKS_KEY_BYTES];
            new java.security.SecureRandom().nextBytes(key);
            client.put("password", java.util.Base64.getEncoder().encodeToString(key));
        }
    }

    /** The method of the fake's shadowsocks inbounds, and its key size. */
    static final String SHADOWSOCKS_METHOD = "2022-blake3-aes-256-gcm";
    private static final int SHADOWSOCKS_KEY_BYTES = 32;

    private static boolean validShadowsocksKey(String key) {
        try {
            return java.util.Base64.getDecoder().decode(key).length == SHADOWSOCKS_KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** client_crud.go validateClientEmail / validateClientSubID (v3.3.0+, hasForbiddenClientChar l.23-44). */
    private String checkNames(String email, String subId) {
        if (email.isBlank()) {
            return "client email is required";
        }
        if (version == Version.V3_1) {
            return null;
        }
        if (forbidden(email)) {
            return "client email contains an invalid character: " + email;
        }
        if (forbidden(subId)) {
            return "client subId contains an invalid character: " + subId;
        }
        return null;
    }

    private static boolean forbidden(String value) {
        return value.codePoints().anyMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f
                || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static final Set<String> STRING_FIELDS = Set.of("id", "security", "password", "flow", "auth", "privateKey",
            "publicKey", "preSharedKey", "secret", "adTag", "email", "subId", "group", "comment", "trafficReset");
    private static final Map<String, String> INTEGER_FIELDS = Map.ofEntries(Map.entry("keepAlive", "int"),
            Map.entry("limitIp", "int"), Map.entry("totalGB", "int64"), Map.entry("expiryTime", "int64"),
            Map.entry("tgId", "int64"), Map.entry("reset", "int"), Map.entry("resetDay", "int"),
            Map.entry("resetMax", "int"), Map.entry("trafficResetDay", "int"), Map.entry("created_at", "int64"),
            Map.entry("updated_at", "int64"), Map.entry("limitHwid", "int"));
    private static final Set<String> V3_1_FIELDS = Set.of("id", "security", "password", "flow", "reverse", "auth",
            "email", "limitIp", "totalGB", "expiryTime", "enable", "tgId", "subId", "comment", "reset", "created_at",
            "updated_at");

    /**
     * encoding/json into model.Client as gin's ShouldBindJSON does it: unknown keys are ignored, null leaves a field
     * alone, and a value of the wrong JSON type fails the whole bind ("json: cannot unmarshal number into Go struct
     * field Client.id of type string"). Fields model.Client lacks in this version are unknown keys.
     */
    private String bindClient(JsonNode client, String path, Set<String> outer) {
        if (!(client instanceof ObjectNode object)) {
            return null;
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            boolean known = version == Version.V3_1 ? V3_1_FIELDS.contains(name) : !name.equals("limitHwid");
            if (value.isNull() || !(known || outer.contains(name))) {
                continue;
            }
            String where = path + name;
            if (STRING_FIELDS.contains(name) && !value.isTextual()) {
                return unmarshalError(value, where, "string");
            }
            if (INTEGER_FIELDS.containsKey(name) && !(value.isIntegralNumber())) {
                return unmarshalError(value, where, INTEGER_FIELDS.get(name));
            }
            if (name.equals("enable") && !value.isBoolean()) {
                return unmarshalError(value, where, "bool");
            }
            if (name.equals("allowedIPs") && (!value.isArray() || !allText(value))) {
                return unmarshalError(value.isArray() ? firstNonText(value) : value, where, "[]string");
            }
            if (name.equals("reverse") && !value.isObject()) {
                return unmarshalError(value, where, "model.ClientReverse");
            }
        }
        return null;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode firstNonText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return item;
            }
        }
        return array;
    }

    private static String unmarshalError(JsonNode value, String field, String goType) {
        String kind = value.isTextual() ? "string" : value.isNumber() ? "number" : value.isBoolean() ? "bool"
                : value.isArray() ? "array" : "object";
        return "json: cannot unmarshal " + kind + " into Go struct field " + field + " of type " + goType;
    }

    /** The model.ClientRecord the panel stores for a bound model.Client (main model.go l.906-941, MarshalJSON l.959). */
    private ObjectNode record(ObjectNode client, int rowId, long createdAt, int limitHwid) {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", rowId);
        record.put("email", client.path("email").asText(""));
        record.put("subId", client.path("subId").asText(""));
        record.put("uuid", client.path("id").asText(""));
        record.put("password", client.path("password").asText(""));
        record.put("auth", client.path("auth").asText(""));
        record.put("flow", client.path("flow").asText(""));
        record.put("security", client.path("security").asText(""));
        record.set("reverse", client.path("reverse").isObject() ? client.get("reverse").deepCopy() : JSON.nullNode());
        if (version != Version.V3_1) {
            record.put("privateKey", client.path("privateKey").asText(""));
            record.put("publicKey", client.path("publicKey").asText(""));
            List<String> allowed = new ArrayList<>();
            client.path("allowedIPs").forEach(ip -> allowed.add(ip.asText()));
            // v3.5.0+: the WireGuard column wg_allowed_ips is a comma-joined string in the record.
            record.put("allowedIPs", String.join(",", allowed));
            record.put("preSharedKey", client.path("preSharedKey").asText(""));
            record.put("keepAlive", client.path("keepAlive").asInt(0));
            record.put("secret", client.path("secret").asText(""));
            record.put("adTag", client.path("adTag").asText(""));
        }
        record.put("limitIp", client.path("limitIp").asInt(0));
        if (version == Version.MAIN) {
            record.put("limitHwid", limitHwid);
        }
        record.put("totalGB", client.path("totalGB").asLong(0));
        record.put("expiryTime", client.path("expiryTime").asLong(0));
        record.put("enable", client.path("enable").asBoolean(false));
        record.put("tgId", client.path("tgId").asLong(0));
        if (version != Version.V3_1) {
            record.put("group", client.path("group").asText(""));
        }
        record.put("comment", client.path("comment").asText(""));
        record.put("reset", client.path("reset").asInt(0));
        if (version != Version.V3_1) {
            record.put("resetDay", client.path("resetDay").asInt(0));
            record.put("resetMax", client.path("resetMax").asInt(0));
            record.put("trafficReset", client.path("trafficReset").asText("never").isEmpty() ? "never"
                    : client.path("trafficReset").asText("never"));
            record.put("trafficResetDay", client.path("trafficResetDay").asInt(1));
        }
        record.put("createdAt", createdAt == 0 ? NOW_MILLIS : createdAt);
        record.put("updatedAt", NOW_MILLIS);
        return record;
    }

    /** The model.Client an inbound's settings.clients hold for a record (id is the UUID again). */
    private static ObjectNode clientObject(ObjectNode record) {
        ObjectNode client = JSON.createObjectNode();
        if (!record.path("uuid").asText("").isEmpty()) {
            client.put("id", record.path("uuid").asText());
        }
        if (!record.path("password").asText("").isEmpty()) {
            client.put("password", record.path("password").asText());
        }
        for (String name : List.of("email", "flow", "security", "comment", "subId")) {
            client.put(name, record.path(name).asText(""));
        }
        for (String name : List.of("limitIp", "totalGB", "expiryTime", "tgId", "reset")) {
            client.put(name, record.path(name).asLong(0));
        }
        client.put("enable", record.path("enable").asBoolean());
        return client;
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
        return null;
    }

    private static String key(ObjectNode client) {
        return client.path("email").asText().toLowerCase(Locale.ROOT);
    }

    private ObjectNode inboundJson(Inbound inbound) {
        // model.Inbound (internal/database/model/model.go l.47-81); from v3.1 MarshalJSON (l.183-196) emits the
        // settings, streamSettings and sniffing columns as JSON values, before as JSON-encoded strings.
        ObjectNode json = JSON.createObjectNode();
        json.put("id", inbound.id());
        json.put("up", 0);
        json.put("down", 0);
        json.put("total", 0);
        json.put("remark", inbound.protocol() + "-" + (40000 + inbound.id()));
        json.put("enable", inbound.enable());
        json.put("expiryTime", 0);
        json.put("listen", "");
        json.put("port", 40000 + inbound.id());
        json.put("protocol", inbound.protocol());
        json.put("tag", "inbound-" + (40000 + inbound.id()));
        ObjectNode stream = reality.contains(inbound.id()) ? realityStream()
                : JSON.createObjectNode().put("network", "tcp").put("security", "none");
        ObjectNode sniffing = JSON.createObjectNode().put("enabled", false);
        if (version.legacyRoutes()) {
            // The web UI stores what StreamSettings.toString() gives: JSON.stringify(toJson(), null, 2).
            json.put("streamSettings", pretty(stream));
            json.put("sniffing", sniffing.toString());
        } else {
            json.set("streamSettings", stream);
            json.set("sniffing", sniffing);
        }
        ObjectNode settings = JSON.createObjectNode();
        ArrayNode list = settings.putArray("clients");
        ArrayNode stats = json.putArray("clientStats");
        clients.values().stream().filter(stored -> stored.inbounds().contains(inbound.id())).forEach(stored -> {
            list.add(version.legacyRoutes() ? stored.fields().deepCopy() : clientObject(stored.fields()));
            // client_traffics.email is unique (internal/xray/client_traffic.go l.9) and Inbound.ClientStats joins on
            // inboundId: a client attached to several inbounds has one row, under the inbound that owns it.
            if (owner(stored) == inbound.id()) {
                stats.add(trafficJson(stored));
            }
        });
        if (inbound.protocol().equals("shadowsocks")) {
            settings.put("method", SHADOWSOCKS_METHOD);
            settings.put("password", "c2VydmVyLWtleS0zMi1ieXRlcy1sb25nLXh4eHh4eHg=");
        } else {
            settings.put("decryption", "none");
        }
        // Up to v3.0.x settings travel as a JSON-encoded string; v3.1 emits the object itself.
        if (version.legacyRoutes()) {
            json.put("settings", settings.toString());
        } else {
            json.set("settings", settings);
        }
        return json;
    }

    /**
     * StreamSettings.toJson() of a TCP + Reality inbound (web/assets/js/model/inbound.js v2.8.11, l.1124-1141 and
     * RealityStreamSettings l.763-853): realitySettings with the server's privateKey beside the client-side
     * {@code settings} (publicKey, fingerprint, serverName, spiderX, mldsa65Verify), and tcpSettings.
     */
    private static ObjectNode realityStream() {
        ObjectNode stream = JSON.createObjectNode().put("network", "tcp").put("security", "reality");
        stream.putArray("externalProxy");
        ObjectNode settings = stream.putObject("realitySettings").put("show", false).put("xver", 0)
                .put("target", "www.apple.com:443");
        REALITY_SERVER_NAMES.forEach(settings.putArray("serverNames")::add);
        settings.put("privateKey", REALITY_PRIVATE_KEY).put("minClientVer", "").put("maxClientVer", "")
                .put("maxTimediff", 0);
        REALITY_SHORT_IDS.forEach(settings.putArray("shortIds")::add);
        settings.put("mldsa65Seed", "");
        settings.putObject("settings").put("publicKey", REALITY_PUBLIC_KEY).put("fingerprint", "chrome")
                .put("serverName", "").put("spiderX", "/").put("mldsa65Verify", "");
        stream.putObject("tcpSettings").put("acceptProxyProtocol", false).putObject("header").put("type", "none");
        return stream;
    }

    private static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int owner(Stored stored) {
        return stored.inbounds().isEmpty() ? 0 : stored.inbounds().iterator().next();
    }

    /** A ClientTraffic row (internal/xray/client_traffic.go): one per email, panel-wide. */
    private ObjectNode trafficJson(Stored stored) {
        long[] counters = traffic.getOrDefault(key(stored.fields()), new long[2]);
        ObjectNode json = JSON.createObjectNode();
        json.put("id", Math.abs(key(stored.fields()).hashCode() % 100_000) + 1);
        json.put("inboundId", owner(stored));
        json.put("enable", stored.fields().path("enable").asBoolean());
        json.put("email", stored.fields().path("email").asText());
        json.put("uuid", stored.fields().path(version.legacyRoutes() ? "id" : "uuid").asText(""));
        json.put("subId", stored.fields().path("subId").asText(""));
        json.put("up", counters[0]);
        json.put("down", counters[1]);
        json.put("allTime", counters[0] + counters[1]);
        json.put("expiryTime", stored.fields().path("expiryTime").asLong());
        json.put("total", stored.fields().path("totalGB").asLong());
        json.put("reset", stored.fields().path("reset").asInt(0));
        json.put("lastOnline", 0);
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
