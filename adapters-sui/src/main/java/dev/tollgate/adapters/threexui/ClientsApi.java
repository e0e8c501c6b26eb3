package dev.tollgate.adapters.threexui;

import dev.tollgate.adapters.panelhttp.PanelHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.TrafficUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code panel/api/clients} routes of 3x-UI v3.1+: clients are first-class records keyed by email, attached to
 * inbounds by id, and every body is JSON. {@code get} answers the database row (model.ClientRecord: {@code id} is the
 * integer row id, the UUID sits under {@code uuid}, {@code allowedIPs} is a string from v3.5.0) while {@code add} and
 * {@code update} bind a model.Client ({@code id} the UUID string, {@code allowedIPs} a list), so a fetched record is
 * never sent back.
 */
final class ClientsApi implements XuiClientApi {

    private static final String PREFIX = "panel/api/clients/";

    private final XuiSession session;
    private final List<Integer> inboundIds;

    ClientsApi(XuiSession session, List<Integer> inboundIds) {
        this.session = session;
        this.inboundIds = List.copyOf(inboundIds);
    }

    @Override
    public String label() {
        return "clients API (v3.1+)";
    }

    @Override
    public Optional<StoredClient> find(String email) {
        Optional<StoredClient> exact = get(email);
        if (exact.isPresent()) {
            return exact;
        }
        // Emails are unique case-insensitively; the list tells us how the panel spells one we were given differently.
        XuiSession.Envelope list = XuiSession.requireSuccess(session.get(PREFIX + "list"), "list clients");
        for (JsonNode row : list.obj()) {
            String stored = row.path("email").asText("");
            if (!stored.equals(email) && stored.equalsIgnoreCase(email)) {
                return get(stored);
            }
        }
        return Optional.empty();
    }

    private Optional<StoredClient> get(String email) {
        XuiSession.Envelope envelope = session.get(PREFIX + "get/" + PanelHttp.segment(email));
        if (!envelope.success()) {
            return Optional.empty();
        }
        if (!(envelope.obj().path("client") instanceof ObjectNode client)) {
            throw new PanelProtocolException("3x-UI answered GET client " + email + " without a client record");
        }
        List<Integer> attached = new ArrayList<>();
        envelope.obj().path("inboundIds").forEach(id -> attached.add(id.asInt()));
        return Optional.of(new StoredClient(client.path("email").asText(email), client.deepCopy(), attached, ""));
    }

    /** Record fields that mean the same in model.Client and that the panel or its admin own; copied type-checked. */
    private static final List<String> CARRIED_TEXT = List.of("flow", "security", "comment", "group", "trafficReset");
    private static final List<String> CARRIED_NUMBERS = List.of("reset", "resetDay", "resetMax", "trafficResetDay",
            "limitHwid");

    @Override
    public ObjectNode carried(StoredClient stored) {
        ObjectNode record = stored.fields();
        ObjectNode client = PanelHttp.json().createObjectNode();
        client.put("email", stored.email());
        for (String name : CARRIED_TEXT) {
            if (record.path(name).isTextual() && !record.path(name).asText().isEmpty()) {
                client.put(name, record.path(name).asText());
            }
        }
        for (String name : CARRIED_NUMBERS) {
            // limitHwid (main after v3.6.0) is an outer field of the update body; leaving it out resets it to 0.
            if (record.path(name).isIntegralNumber()) {
                client.put(name, record.path(name).asLong());
            }
        }
        if (record.path("reverse").isObject()) {
            client.set("reverse", record.get("reverse").deepCopy());
        }
        return client;
    }

    /** The record's own values in model.Client shape: the UUID back under {@code id}, the rest under their names. */
    @Override
    public ObjectNode unchanged(StoredClient stored) {
        ObjectNode record = stored.fields();
        ObjectNode client = carried(stored);
        if (record.path("uuid").isTextual() && !record.path("uuid").asText().isEmpty()) {
            client.put("id", record.path("uuid").asText());
        }
        for (String name : List.of("password", "subId", "comment")) {
            if (record.path(name).isTextual()) {
                client.put(name, record.path(name).asText());
            }
        }
        for (String name : List.of("totalGB", "expiryTime", "limitIp", "tgId")) {
            client.put(name, record.path(name).asLong(0));
        }
        client.put("enable", record.path("enable").asBoolean(true));
        return client;
    }

    @Override
    public boolean add(ObjectNode client) {
        ObjectNode body = PanelHttp.json().createObjectNode();
        body.set("client", client);
        ArrayNode ids = body.putArray("inboundIds");
        inboundIds.forEach(ids::add);
        XuiSession.Envelope envelope = session.postJson(PREFIX + "add", body);
        if (envelope.success()) {
            if (!client.path("enable").asBoolean(true)) {
                // Create forces enable=true (client_crud.go l.149-151, v3.1.0 client.go:408); disable it right after.
                String email = client.path("email").asText();
                XuiSession.requireSuccess(session.postJson(PREFIX + "update/" + PanelHttp.segment(email), client),
                        "disable new client " + email);
            }
            return true;
        }
        String msg = envelope.msg().toLowerCase(Locale.ROOT);
        if (msg.contains("duplicate email") || msg.contains("email already")) {
            return false;
        }
        throw new PanelRejectedException("3x-UI refused to add client " + client.path("email").asText() + ": "
                + envelope.msg());
    }

    @Override
    public void update(StoredClient stored, ObjectNode client) {
        // v3.1 takes the bare client here (no {client, inboundIds} wrapper) and replaces the whole row.
        XuiSession.requireSuccess(session.postJson(PREFIX + "update/" + PanelHttp.segment(stored.email()), client),
                "update client " + stored.email());
        List<Integer> missing = new ArrayList<>(inboundIds);
        missing.removeAll(stored.inboundIds());
        if (!missing.isEmpty()) {
            ObjectNode body = PanelHttp.json().createObjectNode();
            ArrayNode ids = body.putArray("inboundIds");
            missing.forEach(ids::add);
            XuiSession.requireSuccess(session.postJson(PREFIX + PanelHttp.segment(stored.email()) + "/attach", body),
                    "attach client " + stored.email() + " to inbounds " + missing);
        }
    }

    @Override
    public boolean delete(StoredClient stored) {
        XuiSession.requireSuccess(session.postJson(PREFIX + "del/" + PanelHttp.segment(stored.email()), null),
                "delete client " + stored.email());
        return true;
    }

    @Override
    public Optional<TrafficUsage> usage(String email) {
        XuiSession.Envelope envelope = session.get(PREFIX + "traffic/" + PanelHttp.segment(email));
        if (!envelope.success()) {
            if (envelope.msg().toLowerCase(Locale.ROOT).contains("not found")) {
                return Optional.empty();
            }
            throw new PanelRejectedException("3x-UI refused to report traffic of " + email + ": " + envelope.msg());
        }
        return LegacyInboundClientApi.traffic(envelope.obj());
    }

    /** One {@code GET clients/list}: each record carries its {@code traffic} row ({@code up}, {@code down}), or null. */
    @Override
    public java.util.Map<String, TrafficUsage> usageOfAll() {
        XuiSession.Envelope list = XuiSession.requireSuccess(session.get(PREFIX + "list"), "list clients");
        java.util.Map<String, TrafficUsage> usage = new java.util.HashMap<>();
        for (JsonNode row : list.obj()) {
            String email = row.path("email").asText("");
            if (!email.isEmpty()) {
                LegacyInboundClientApi.traffic(row.path("traffic"))
                        .ifPresent(traffic -> usage.put(email.toLowerCase(Locale.ROOT), traffic));
            }
        }
        return usage;
    }

    /**
     * {@code GET clients/list} (full client records), keeping those attached to one of our inbounds; a record
     * without {@code limitIp} has an unknown device limit (-1).
     */
    @Override
    public List<dev.tollgate.application.port.out.ListedClient> list() {
        XuiSession.Envelope list = XuiSession.requireSuccess(session.get(PREFIX + "list"), "list clients");
        List<dev.tollgate.application.port.out.ListedClient> listed = new ArrayList<>();
        for (JsonNode row : list.obj()) {
            boolean ours = false;
            for (JsonNode id : row.path("inboundIds")) {
                ours |= inboundIds.contains(id.asInt());
            }
            if (ours && !row.path("email").asText("").isEmpty()) {
                listed.add(XuiClientFields.listed(row, row.has("limitIp") ? row.path("limitIp").asInt(0) : -1));
            }
        }
        return listed;
    }

    @Override
    public void resetTraffic(StoredClient stored) {
        XuiSession.requireSuccess(session.postJson(PREFIX + "resetTraffic/" + PanelHttp.segment(stored.email()), null),
                "reset traffic of " + stored.email());
    }

    @Override
    public Set<String> onlines() {
        return LegacyInboundClientApi.emails(XuiSession.requireSuccess(session.postJson(PREFIX + "onlines", null),
                "list online clients").obj());
    }

    @Override
    public String inboundProtocol() {
        int first = inboundIds.get(0);
        XuiSession.Envelope envelope = XuiSession.requireSuccess(session.get("panel/api/inbounds/get/" + first),
                "read inbound " + first);
        return envelope.obj().path("protocol").asText("");
    }
}
