package dev.tollgate.adapters.threexui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.panelhttp.PanelHttp;
import dev.tollgate.application.port.out.OwnershipMark;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.server.Protocol;

/** Our client model as a 3x-UI client object: the units (bytes, epoch ms) and the names the panel accepts. */
final class XuiClientFields {

    private XuiClientFields() {
    }

    /**
     * The full client object in the panel's units, built from our model on top of the fields the panel owns
     * ({@link XuiClientApi#carried}; null for a new client). Updates replace every field, so all are sent.
     */
    static ObjectNode of(PanelClient client, ObjectNode carried) {
        checkNames(client);
        ObjectNode fields = carried == null ? PanelHttp.json().createObjectNode() : carried.deepCopy();
        if (carried == null) {
            fields.put("email", client.email());
            // The ownership mark: a client the shop creates says so, beside its email (an admin may change it).
            fields.put("comment", OwnershipMark.TEXT);
            fields.put("reset", 0);
        } else if (ThreeXuiPanelGateway.DELETED_MARK.equals(fields.path("comment").asText(""))) {
            fields.put("comment", OwnershipMark.TEXT);
        }
        if (client.protocol().usesUuid()) {
            fields.put("id", client.secret());
        } else {
            fields.put("password", client.secret());
        }
        if (client.protocol() == Protocol.VLESS && !fields.has("flow")) {
            fields.put("flow", "");
        }
        if (client.protocol() == Protocol.VMESS && !fields.has("security")) {
            fields.put("security", "auto");
        }
        // "totalGB" holds bytes despite its name; 0 means unlimited.
        fields.put("totalGB", client.quota().bytes());
        fields.put("expiryTime", expiryMillis(client));
        fields.put("enable", client.enabled());
        fields.put("limitIp", client.deviceLimit());
        // A number: the web UI sends "" here, which the panel silently ignores.
        fields.put("tgId", client.owner().value());
        fields.put("subId", client.subscriptionKey());
        return fields;
    }

    /**
     * 3x-UI v3.3+ refuses emails and subIds with whitespace, '/', '\\' or control characters
     * (client_crud.go hasForbiddenClientChar); we refuse them on every version, before anything is sent, so a client
     * made on an older panel still works after an upgrade.
     */
    static void checkNames(PanelClient client) {
        if (forbidden(client.email())) {
            throw new PanelRejectedException("3x-UI refuses a client email with whitespace, '/', '\\' or control "
                    + "characters: '" + client.email() + "'");
        }
        if (forbidden(client.subscriptionKey())) {
            throw new PanelRejectedException("3x-UI refuses a subscription key (subId) with whitespace, '/', '\\' or "
                    + "control characters: '" + client.subscriptionKey() + "'");
        }
    }

    private static boolean forbidden(String name) {
        return name.codePoints().anyMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f
                || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Epoch milliseconds; 0 never expires; a negative value -N starts an N ms term at the first traffic. */
    static long expiryMillis(PanelClient client) {
        if (client.startOnFirstUse() != null && client.startOnFirstUse().toMillis() > 0) {
            return -client.startOnFirstUse().toMillis();
        }
        return client.expiresAt() == null ? 0 : client.expiresAt().toEpochMilli();
    }

    /** A client object or record as we list it: bytes as they are, epoch ms to an instant, negative ms a delayed start. */
    static dev.tollgate.application.port.out.ListedClient listed(com.fasterxml.jackson.databind.JsonNode client,
                                                                 int deviceLimit) {
        long expiry = client.path("expiryTime").asLong(0);
        return new dev.tollgate.application.port.out.ListedClient(client.path("email").asText(),
                client.path("enable").asBoolean(true),
                dev.tollgate.domain.shared.DataSize.ofBytes(Math.max(0, client.path("totalGB").asLong(0))),
                expiry > 0 ? java.time.Instant.ofEpochMilli(expiry) : null, expiry < 0, deviceLimit,
                client.path("comment").asText(""), client.path("tgId").asLong(0));
    }

    /**
     * A stored client (a legacy settings object or a v3.1+ ClientRecord) in full, in our units: the UUID sits under
     * {@code uuid} in a record and under {@code id} in a settings object; trojan and shadowsocks keep a password.
     */
    static dev.tollgate.application.port.out.PanelClientDetails details(XuiClientApi.StoredClient stored, String protocol,
                                                                       TrafficUsage used) {
        com.fasterxml.jackson.databind.JsonNode fields = stored.fields();
        String secret;
        if (protocol.equalsIgnoreCase("vless") || protocol.equalsIgnoreCase("vmess")) {
            secret = fields.path("uuid").isTextual() && !fields.path("uuid").asText().isEmpty()
                    ? fields.path("uuid").asText() : fields.path("id").isTextual() ? fields.path("id").asText() : "";
        } else {
            secret = fields.path("password").asText("");
        }
        long expiry = fields.path("expiryTime").asLong(0);
        return new dev.tollgate.application.port.out.PanelClientDetails(stored.email(), secret,
                fields.path("enable").asBoolean(true),
                dev.tollgate.domain.shared.DataSize.ofBytes(Math.max(0, fields.path("totalGB").asLong(0))),
                expiry > 0 ? java.time.Instant.ofEpochMilli(expiry) : null,
                expiry < 0 ? java.time.Duration.ofMillis(-expiry) : null, fields.path("limitIp").asInt(0),
                fields.path("tgId").asLong(0), fields.path("comment").asText(""), used);
    }
}
