package dev.tollgate.adapters.sui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.testing.LoopbackPanel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An S-UI 1.5 panel rebuilt from alireza0/s-ui v1.5.1 (../shared/docs/panel-fakes-audit.md section 2 names file and
 * line of each rule): API v1 under {@code /app/api/} with form login and the {@code s-ui} cookie, API v2 under
 * {@code /app/apiv2/} with the {@code Token} header, the form-encoded {@code save} action, slim client lists that
 * zero-fill what they do not select, edits that save every column (traffic counters included), no name uniqueness,
 * sing-box reading each inbound's users from {@code config.<inbound type>}, and the panel's depletion and
 * delayed-start jobs.
 */
final class FakeSuiPanel extends LoopbackPanel {

    static final String USER = "admin";
    static final String PASSWORD = "admin-pass";
    static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private final Set<String> sessions = new HashSet<>();
    private final Map<Long, ObjectNode> clients = new LinkedHashMap<>();
    /** An inbound as sing-box sees it; {@code method} only for shadowsocks. */
    record Inbound(long id, String tag, String type, String method) {
    }

    private final Map<Long, Inbound> inbounds = new LinkedHashMap<>();
    /** Traffic the stats job counts right after the next full read of that client, before any edit based on it. */
    private final Map<String, long[]> trafficAfterNextRead = new LinkedHashMap<>();
    private final Set<String> online = new LinkedHashSet<>();
    private final List<Map<String, String>> saves = new ArrayList<>();
    private long nextId = 1;
    private int logins;
    private volatile boolean apiV2 = true;

    FakeSuiPanel() {
        super("/app/");
        inbounds.put(1L, new Inbound(1, "vless-in", "vless", ""));
        inbounds.put(2L, new Inbound(2, "trojan-in", "trojan", ""));
        inbounds.put(3L, new Inbound(3, "ss128-in", "shadowsocks", "2022-blake3-aes-128-gcm"));
        inbounds.put(4L, new Inbound(4, "ss256-in", "shadowsocks", "2022-blake3-aes-256-gcm"));
        inbounds.put(5L, new Inbound(5, "vmess-in", "vmess", ""));
    }

    // ---- test hooks -------------------------------------------------------------------------------------------

    /** Makes the panel behave like S-UI 1.0/1.1, which has no API v2 (404). */
    void withoutApiV2() {
        apiV2 = false;
    }

    synchronized void expireSessions() {
        sessions.clear();
    }

    synchronized int logins() {
        return logins;
    }

    synchronized List<Map<String, String>> saves() {
        return List.copyOf(saves);
    }

    synchronized ObjectNode clientNamed(String name) {
        return clients.values().stream().filter(row -> row.path("name").asText().equals(name)).findFirst()
                .map(ObjectNode::deepCopy).orElse(null);
    }

    /** Adds a row the way the web UI or another tool would, without any uniqueness check. */
    synchronized long seed(ObjectNode row) {
        long id = nextId++;
        row.put("id", id);
        clients.put(id, row);
        return id;
    }

    synchronized void addTraffic(String name, long up, long down) {
        clients.values().stream().filter(row -> row.path("name").asText().equals(name)).forEach(row -> {
            row.put("up", row.path("up").asLong() + up);
            row.put("down", row.path("down").asLong() + down);
        });
    }

    synchronized void setOnline(String name) {
        online.add(name);
    }

    /**
     * The stats job (service/stats.go SaveStats, {@code up = up + ?}) counts traffic for the client right after the
     * next full read of its row, i.e. between a gateway's read and its save.
     */
    synchronized void countTrafficAfterNextRead(String name, long up, long down) {
        trafficAfterNextRead.put(name, new long[] {up, down});
    }

    /**
     * One run of the panel's job at unix time {@code now}: service/client.go DepleteClients (l.407-471) first runs
     * ResetClients (l.473-560): an enabled delayed start with traffic becomes an absolute expiry of now + resetDays
     * days, or with autoReset a nextReset; a due periodic reset moves up/down into totalUp/totalDown, zeroes them
     * and re-enables the client. Then every enabled client over its volume or past its expiry is disabled.
     */
    synchronized void runDepletionJob(long now) {
        for (ObjectNode row : clients.values()) {
            boolean used = row.path("up").asLong() + row.path("down").asLong() > 0;
            long period = row.path("resetDays").asLong() * 86_400;
            boolean autoReset = row.path("autoReset").asBoolean();
            if (row.path("enable").asBoolean() && row.path("delayStart").asBoolean() && used) {
                row.put(autoReset ? "nextReset" : "expiry", now + period);
                row.put("delayStart", false);
            } else if (!row.path("delayStart").asBoolean() && autoReset && row.path("nextReset").asLong() < now) {
                row.put("nextReset", now + period);
                row.put("totalUp", row.path("totalUp").asLong() + row.path("up").asLong());
                row.put("totalDown", row.path("totalDown").asLong() + row.path("down").asLong());
                row.put("up", 0);
                row.put("down", 0);
                row.put("enable", true);
            }
        }
        for (ObjectNode row : clients.values()) {
            long volume = row.path("volume").asLong();
            long expiry = row.path("expiry").asLong();
            boolean over = volume > 0 && row.path("up").asLong() + row.path("down").asLong() > volume;
            if (row.path("enable").asBoolean() && (over || (expiry > 0 && expiry < now))) {
                row.put("enable", false);
            }
        }
    }

    /**
     * Whether sing-box would accept the credential on some inbound of the row: service/inbounds.go fetchUsers
     * (l.253-272) hands each inbound {@code config.<inbound type>} of the enabled clients that list it, and
     * {@code config.shadowsocks16} to a shadowsocks inbound with method 2022-blake3-aes-128-gcm.
     */
    synchronized boolean grantsAccess(String name, String secret) {
        for (ObjectNode row : clients.values()) {
            if (!row.path("name").asText().equals(name) || !row.path("enable").asBoolean(false)) {
                continue;
            }
            for (JsonNode id : row.path("inbounds")) {
                Inbound inbound = inbounds.get(id.asLong());
                if (inbound == null) {
                    continue;
                }
                JsonNode user = row.path("config").path(configKey(inbound));
                if (user.path("name").asText().equals(name) && (secret.equals(user.path("uuid").asText())
                        || secret.equals(user.path("password").asText()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String configKey(Inbound inbound) {
        return inbound.type().equals("shadowsocks") && inbound.method().equals("2022-blake3-aes-128-gcm")
                ? "shadowsocks16" : inbound.type();
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    @Override
    protected synchronized Reply handle(Request request) {
        String path = request.path();
        if (path.startsWith("apiv2/")) {
            if (!apiV2) {
                return Reply.of(404, "404 page not found");
            }
            if (!TOKEN.equals(request.header("Token"))) {
                return Reply.json(fail(": invalid token"));
            }
            return action(request, path.substring("apiv2/".length()));
        }
        if (!path.startsWith("api/")) {
            return Reply.of(404, "404 page not found");
        }
        String action = path.substring("api/".length());
        if (action.equals("login") && request.method().equals("POST")) {
            // FormValue: urlencoded or multipart; a JSON body leaves both fields empty.
            Map<String, String> form = request.form();
            if (!USER.equals(form.get("user")) || !PASSWORD.equals(form.get("pass"))) {
                // api/apiService.go Login: jsonMsg(c, "", err) with service/user.go:53's error.
                return Reply.json(fail(": wrong user or password! IP: 127.0.0.1"));
            }
            logins++;
            String session = UUID.randomUUID().toString();
            sessions.add(session);
            return Reply.json(ok(null)).withHeader("Set-Cookie", "s-ui=" + session + "; Path=/; HttpOnly");
        }
        if (!sessions.contains(request.cookies().getOrDefault("s-ui", ""))) {
            if ("XMLHttpRequest".equals(request.header("X-Requested-With"))) {
                return Reply.json(fail("Invalid login"));
            }
            return Reply.of(307, "").withHeader("Location", "/login");
        }
        return action(request, action);
    }

    private Reply action(Request request, String action) {
        if (request.method().equals("GET")) {
            return switch (action) {
                case "clients" -> Reply.json(ok(clientsObj(request.query().get("id"))));
                case "inbounds" -> Reply.json(ok(inboundsObj(request.query().get("id"))));
                case "onlines" -> {
                    ObjectNode obj = JSON.createObjectNode();
                    if (!online.isEmpty()) {
                        ArrayNode users = obj.putArray("user");
                        online.forEach(users::add);
                    }
                    yield Reply.json(ok(obj));
                }
                // api/apiHandler.go getHandler default: HTTP 200 with the panel's envelope.
                default -> Reply.json(fail("failed: unknown action: " + action));
            };
        }
        if (action.equals("save")) {
            return save(request.form());
        }
        return Reply.json(fail("failed: unknown action: " + action));
    }

    private ObjectNode clientsObj(String ids) {
        ObjectNode obj = JSON.createObjectNode();
        ArrayNode list = obj.putArray("clients");
        if (ids == null) {
            // service/client.go GetAll (l.38-48) selects a few columns and Scans into model.Client: the rest are
            // Go zero values, and config and links (omitempty) are left out.
            clients.values().forEach(row -> {
                ObjectNode slim = JSON.createObjectNode();
                for (String column : SLIM_COLUMNS) {
                    if (row.has(column)) {
                        slim.set(column, row.get(column).deepCopy());
                    }
                }
                slim.put("delayStart", false).put("autoReset", false).put("resetDays", 0).put("nextReset", 0)
                        .put("totalUp", 0).put("totalDown", 0);
                list.add(slim);
            });
        } else {
            for (String id : ids.split(",")) {
                ObjectNode row = clients.get(Long.parseLong(id.trim()));
                if (row != null) {
                    list.add(withLocalLinks(row.deepCopy()));
                    long[] counted = trafficAfterNextRead.remove(row.path("name").asText());
                    if (counted != null) {
                        row.put("up", row.path("up").asLong() + counted[0]);
                        row.put("down", row.path("down").asLong() + counted[1]);
                    }
                }
            }
        }
        return obj;
    }

    private ObjectNode withLocalLinks(ObjectNode row) {
        ArrayNode links = JSON.createArrayNode();
        for (JsonNode id : row.path("inbounds")) {
            ObjectNode link = links.addObject();
            link.put("type", "local");
            Inbound inbound = inbounds.get(id.asLong());
            link.put("remark", inbound == null ? "?" : inbound.tag());
            link.put("uri", "vless://" + row.path("config").path("vless").path("uuid").asText() + "@example.com:443");
        }
        row.path("links").forEach(link -> {
            if (!"local".equals(link.path("type").asText())) {
                links.add(link);
            }
        });
        row.set("links", links);
        return row;
    }

    private ObjectNode inboundsObj(String ids) {
        ObjectNode obj = JSON.createObjectNode();
        ArrayNode list = obj.putArray("inbounds");
        inbounds.forEach((id, inbound) -> {
            if (ids == null || List.of(ids.split(",")).contains(Long.toString(id))) {
                ObjectNode json = list.addObject();
                json.put("id", id);
                json.put("tag", inbound.tag());
                json.put("type", inbound.type());
                // sing-box's inbound listen fields (option/inbound.go ListenOptions): listen and listen_port.
                json.put("listen", "::");
                json.put("listen_port", 20000 + id);
                if (!inbound.method().isEmpty()) {
                    json.put("method", inbound.method());
                }
            }
        });
        return obj;
    }

    private Reply save(Map<String, String> form) {
        saves.add(Map.copyOf(form));
        if (!"clients".equals(form.get("object"))) {
            return Reply.json(fail("save: unknown object"));
        }
        JsonNode data;
        try {
            data = JSON.readTree(form.getOrDefault("data", ""));
        } catch (Exception e) {
            return Reply.json(fail("save: invalid character in JSON"));
        }
        if (data == null) {
            return Reply.json(fail("save: unexpected end of JSON input"));
        }
        switch (form.getOrDefault("action", "")) {
            case "new", "edit" -> {
                if (!(data instanceof ObjectNode row)) {
                    return Reply.json(fail("save: json: cannot unmarshal into Go value of type model.Client"));
                }
                // links is unmarshalled unconditionally: a missing value fails the save.
                if (!row.path("links").isArray()) {
                    return Reply.json(fail("save: unexpected end of JSON input"));
                }
                if (!row.path("inbounds").isArray()) {
                    return Reply.json(fail("save: unexpected end of JSON input"));
                }
                for (JsonNode id : row.path("inbounds")) {
                    if (!id.isNumber()) {
                        return Reply.json(fail("save: json: cannot unmarshal string into Go struct field of type uint"));
                    }
                }
                setConfigIdentity(row);
                if (form.get("action").equals("new")) {
                    long id = nextId++;
                    row.put("id", id);
                    row.put("createdAt", 1_760_000_000L);
                    clients.put(id, row);
                } else {
                    long id = row.path("id").asLong();
                    ObjectNode old = clients.get(id);
                    if (old == null) {
                        return Reply.json(fail("save: record not found"));
                    }
                    // preserveTimestamps (l.191-199) keeps createdAt and onlineAt; then tx.Save writes every other
                    // column from the request: whatever is left out (config, links) is gone, and up/down are
                    // whatever the caller read, so traffic counted since then is lost.
                    row.put("createdAt", old.path("createdAt").asLong());
                    row.put("onlineAt", old.path("onlineAt").asLong());
                    clients.put(id, row);
                }
                return Reply.json(ok(JSON.createObjectNode()));
            }
            case "del" -> {
                if (!data.isNumber()) {
                    return Reply.json(fail("save: json: cannot unmarshal " + data.getNodeType().name().toLowerCase()
                            + " into Go value of type uint"));
                }
                if (clients.remove(data.asLong()) == null) {
                    return Reply.json(fail("save: record not found"));
                }
                return Reply.json(ok(JSON.createObjectNode()));
            }
            default -> {
                return Reply.json(fail("save: unknown action"));
            }
        }
    }

    private static final List<String> SLIM_COLUMNS = List.of("id", "enable", "name", "desc", "group", "remark",
            "inbounds", "up", "down", "volume", "expiry", "createdAt", "onlineAt");

    /** service/client.go setConfigIdentity (l.593-614): every config's name (or username) becomes the client name. */
    private static void setConfigIdentity(ObjectNode row) {
        String name = row.path("name").asText("");
        if (name.isEmpty()) {
            return;
        }
        row.path("config").forEach(config -> {
            if (config instanceof ObjectNode user) {
                if (user.has("name")) {
                    user.put("name", name);
                } else if (user.has("username")) {
                    user.put("username", name);
                }
            }
        });
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
