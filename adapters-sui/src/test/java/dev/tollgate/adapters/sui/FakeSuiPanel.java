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
 * An S-UI 1.5 panel that follows docs/panel-api-facts.md section 2: API v1 under {@code /app/api/} with form login
 * and the {@code s-ui} cookie, API v2 under {@code /app/apiv2/} with the {@code Token} header, the form-encoded
 * {@code save} action, slim client lists, full-row edits and no name uniqueness.
 */
final class FakeSuiPanel extends LoopbackPanel {

    static final String USER = "admin";
    static final String PASSWORD = "admin-pass";
    static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private final Set<String> sessions = new HashSet<>();
    private final Map<Long, ObjectNode> clients = new LinkedHashMap<>();
    private final Map<Long, String> inbounds = new LinkedHashMap<>();
    private final Set<String> online = new LinkedHashSet<>();
    private final List<Map<String, String>> saves = new ArrayList<>();
    private long nextId = 1;
    private int logins;
    private volatile boolean apiV2 = true;

    FakeSuiPanel() {
        super("/app/");
        inbounds.put(1L, "vless-in");
        inbounds.put(2L, "trojan-in");
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

    /** Whether sing-box would accept the credential: the enabled row lists an inbound and holds the secret. */
    synchronized boolean grantsAccess(String name, String secret) {
        for (ObjectNode row : clients.values()) {
            if (!row.path("name").asText().equals(name) || !row.path("enable").asBoolean(false)
                    || row.path("inbounds").size() == 0) {
                continue;
            }
            for (JsonNode config : row.path("config")) {
                if (secret.equals(config.path("uuid").asText()) || secret.equals(config.path("password").asText())) {
                    return true;
                }
            }
        }
        return false;
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
                return Reply.json(fail("login: wrong user or password"));
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
                default -> Reply.of(404, "404 page not found");
            };
        }
        if (action.equals("save")) {
            return save(request.form());
        }
        return Reply.of(404, "404 page not found");
    }

    private ObjectNode clientsObj(String ids) {
        ObjectNode obj = JSON.createObjectNode();
        ArrayNode list = obj.putArray("clients");
        if (ids == null) {
            // Without ids the list is slim: no config, no links.
            clients.values().forEach(row -> {
                ObjectNode slim = row.deepCopy();
                slim.remove("config");
                slim.remove("links");
                list.add(slim);
            });
        } else {
            for (String id : ids.split(",")) {
                ObjectNode row = clients.get(Long.parseLong(id.trim()));
                if (row != null) {
                    list.add(withLocalLinks(row.deepCopy()));
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
            link.put("remark", inbounds.getOrDefault(id.asLong(), "?"));
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
        inbounds.forEach((id, tag) -> {
            if (ids == null || List.of(ids.split(",")).contains(Long.toString(id))) {
                ObjectNode inbound = list.addObject();
                inbound.put("id", id);
                inbound.put("tag", tag);
                inbound.put("type", tag.substring(0, tag.indexOf('-')));
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
                if (form.get("action").equals("new")) {
                    long id = nextId++;
                    row.put("id", id);
                    row.put("createdAt", 1_760_000_000L);
                    clients.put(id, row);
                } else {
                    long id = row.path("id").asLong();
                    if (!clients.containsKey(id)) {
                        return Reply.json(fail("save: record not found"));
                    }
                    // edit replaces the row: whatever is left out (config, links, counters) is gone.
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
