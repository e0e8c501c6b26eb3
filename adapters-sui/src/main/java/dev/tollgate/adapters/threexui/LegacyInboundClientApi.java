package dev.tollgate.adapters.threexui;

import dev.tollgate.adapters.panelhttp.PanelHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.shared.DataSize;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-inbound client routes under {@code panel/api/inbounds} that 3x-UI had up to v3.0.x (removed in v3.1).
 * Clients live inside the inbound's {@code settings}, which these versions send and expect as a JSON-encoded string.
 */
final class LegacyInboundClientApi implements XuiClientApi {

    private static final String PREFIX = "panel/api/inbounds/";

    private final XuiSession session;
    private final int inboundId;

    LegacyInboundClientApi(XuiSession session, int inboundId) {
        this.session = session;
        this.inboundId = inboundId;
    }

    @Override
    public String label() {
        return "per-inbound client API (up to v3.0.x)";
    }

    @Override
    public Optional<StoredClient> find(String email) {
        ObjectNode inbound = inbound();
        String protocol = inbound.path("protocol").asText("");
        for (JsonNode client : clients(inbound)) {
            // Emails are unique panel-wide and compared case-insensitively by the panel.
            if (client instanceof ObjectNode fields && fields.path("email").asText("").equalsIgnoreCase(email)) {
                return Optional.of(new StoredClient(fields.path("email").asText(), fields.deepCopy(), List.of(inboundId),
                        protocol));
            }
        }
        return Optional.empty();
    }

    @Override
    public ObjectNode carried(StoredClient stored) {
        // Up to v3.0.x a client lives in the inbound's settings as the very object updateClient replaces.
        return stored.fields().deepCopy();
    }

    @Override
    public ObjectNode unchanged(StoredClient stored) {
        return stored.fields().deepCopy();
    }

    @Override
    public boolean add(ObjectNode client) {
        XuiSession.Envelope envelope = session.postForm(PREFIX + "addClient", form(client));
        if (envelope.success()) {
            return true;
        }
        if (envelope.msg().toLowerCase(Locale.ROOT).contains("duplicate email")) {
            return false;
        }
        throw new PanelRejectedException("3x-UI refused to add client " + client.path("email").asText() + " to inbound "
                + inboundId + ": " + envelope.msg());
    }

    @Override
    public void update(StoredClient stored, ObjectNode client) {
        // The route takes the client's current key, which depends on the inbound protocol.
        XuiSession.requireSuccess(session.postForm(PREFIX + "updateClient/" + PanelHttp.segment(clientKey(stored)),
                form(client)), "update client " + stored.email());
    }

    @Override
    public boolean delete(StoredClient stored) {
        XuiSession.Envelope envelope = session.postForm(PREFIX + inboundId + "/delClient/"
                + PanelHttp.segment(clientKey(stored)), Map.of());
        if (envelope.success()) {
            return true;
        }
        // Legacy panels refuse to delete the last client of an inbound ("no client remained in Inbound").
        if (envelope.msg().toLowerCase(Locale.ROOT).contains("no client remained")) {
            return false;
        }
        throw new PanelRejectedException("3x-UI refused to delete client " + stored.email() + ": " + envelope.msg());
    }

    @Override
    public Optional<TrafficUsage> usage(String email) {
        XuiSession.Envelope envelope = session.get(PREFIX + "getClientTraffics/" + PanelHttp.segment(email));
        if (!envelope.success()) {
            // An unknown email is a refusal with "Inbound Not Found For Email" rather than an empty answer.
            if (envelope.msg().toLowerCase(Locale.ROOT).contains("not found")) {
                return Optional.empty();
            }
            throw new PanelRejectedException("3x-UI refused to report traffic of " + email + ": " + envelope.msg());
        }
        return traffic(envelope.obj());
    }

    /**
     * One {@code GET inbounds/get/{id}}: its {@code clientStats} hold one traffic row per email the inbound owns
     * (emails are unique across the panel, so that is every client of ours).
     */
    @Override
    public Map<String, TrafficUsage> usageOfAll() {
        Map<String, TrafficUsage> usage = new java.util.HashMap<>();
        for (JsonNode row : inbound().path("clientStats")) {
            String email = row.path("email").asText("");
            if (!email.isEmpty()) {
                traffic(row).ifPresent(traffic -> usage.put(email.toLowerCase(Locale.ROOT), traffic));
            }
        }
        return usage;
    }

    /** The clients in the inbound's settings (a legacy inbound holds its clients itself). */
    @Override
    public List<dev.tollgate.application.port.out.ListedClient> list() {
        List<dev.tollgate.application.port.out.ListedClient> listed = new java.util.ArrayList<>();
        for (JsonNode client : clients(inbound())) {
            listed.add(XuiClientFields.listed(client, client.path("limitIp").asInt(0)));
        }
        return listed;
    }

    @Override
    public void resetTraffic(StoredClient stored) {
        XuiSession.requireSuccess(session.postForm(PREFIX + inboundId + "/resetClientTraffic/"
                + PanelHttp.segment(stored.email()), Map.of()), "reset traffic of " + stored.email());
    }

    @Override
    public Set<String> onlines() {
        XuiSession.Envelope envelope = XuiSession.requireSuccess(session.postForm(PREFIX + "onlines", Map.of()),
                "list online clients");
        return emails(envelope.obj());
    }

    @Override
    public String inboundProtocol() {
        return inbound().path("protocol").asText("");
    }

    private ObjectNode inbound() {
        XuiSession.Envelope envelope = XuiSession.requireSuccess(session.get(PREFIX + "get/" + inboundId),
                "read inbound " + inboundId);
        if (!(envelope.obj() instanceof ObjectNode inbound)) {
            throw new PanelProtocolException("3x-UI answered GET inbound " + inboundId + " without an inbound object");
        }
        return inbound;
    }

    private Map<String, String> form(ObjectNode client) {
        ObjectNode settings = PanelHttp.json().createObjectNode();
        settings.putArray("clients").add(client);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", Integer.toString(inboundId));
        // Up to v3.0.x, settings must be a JSON-encoded string; an object makes the panel fail to bind.
        form.put("settings", settings.toString());
        return form;
    }

    /** Inbound settings arrive as a JSON string (up to v3.0.x) or as an object (v3.1+); both are accepted. */
    static ArrayNode clients(ObjectNode inbound) {
        JsonNode settings = inbound.path("settings");
        JsonNode parsed;
        if (settings.isTextual()) {
            try {
                parsed = settings.asText().isBlank() ? PanelHttp.json().createObjectNode()
                        : PanelHttp.json().readTree(settings.asText());
            } catch (JsonProcessingException e) {
                throw new PanelProtocolException("3x-UI sent inbound settings that are not JSON", e);
            }
        } else {
            parsed = settings;
        }
        JsonNode clients = parsed.path("clients");
        return clients instanceof ArrayNode array ? array : PanelHttp.json().createArrayNode();
    }

    static String clientKey(StoredClient stored) {
        return switch (stored.inboundProtocol().toLowerCase(Locale.ROOT)) {
            case "trojan" -> stored.fields().path("password").asText();
            case "shadowsocks" -> stored.email();
            default -> stored.fields().path("id").asText();
        };
    }

    static Optional<TrafficUsage> traffic(JsonNode obj) {
        if (obj == null || !obj.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new TrafficUsage(DataSize.ofBytes(Math.max(0, obj.path("up").asLong(0))),
                DataSize.ofBytes(Math.max(0, obj.path("down").asLong(0)))));
    }

    static Set<String> emails(JsonNode obj) {
        Set<String> emails = new HashSet<>();
        // The panel answers null rather than [] when nobody is online.
        if (obj != null && obj.isArray()) {
            obj.forEach(node -> emails.add(node.asText()));
        }
        return emails;
    }
}
