package dev.tollgate.adapters.sui;

import dev.tollgate.adapters.panelhttp.PanelHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelClientNotFoundException;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelDuplicateClientException;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.shared.DataSize;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S-UI (1.2+) panel as a {@link PanelGateway}. The client {@code name} is our email: it is also sing-box's user
 * name, the stats key and the subscription id. S-UI does not keep names unique, so this gateway does.
 */
final class SuiPanelGateway implements PanelGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SuiPanelGateway.class);
    private static final Set<PanelCapability> CAPABILITIES = Set.copyOf(EnumSet.of(PanelCapability.SUBSCRIPTION_URL,
            PanelCapability.PERSISTENT_CLIENTS, PanelCapability.ENFORCES_LIMITS, PanelCapability.START_ON_FIRST_USE,
            PanelCapability.ONLINE_CLIENTS, PanelCapability.LISTS_USAGE, PanelCapability.LISTS_CLIENTS,
            PanelCapability.READS_CLIENTS, PanelCapability.LISTS_INBOUNDS));
    private static final long DAY_SECONDS = 86_400;
    /** JSON equality where 1 and 1L are the same number (what the panel sent and what we built may differ so). */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private final PanelHttp http;
    private final SuiApi api;
    private final List<Long> inboundIds;
    private final URI subscriptionBase;

    SuiPanelGateway(PanelConnection connection) {
        PanelHttp.Settings settings = PanelHttp.Settings.of(connection);
        this.inboundIds = inboundIds(connection.inbound());
        this.subscriptionBase = subscriptionBase(connection, settings.base());
        this.http = new PanelHttp("S-UI panel", settings);
        this.api = new SuiApi(http, connection);
    }

    @Override
    public Set<PanelCapability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public void createClient(PanelClient client) {
        Optional<ObjectNode> stored = find(client.email());
        if (stored.isPresent()) {
            edit(stored.get(), row(client, stored.get()), client.email());
            return;
        }
        save("new", row(client, null), client.email());
    }

    @Override
    public void updateClient(PanelClient client) {
        ObjectNode stored = find(client.email()).orElseThrow(() -> notFound(client));
        edit(stored, row(client, stored), client.email());
    }

    @Override
    public void enableClient(PanelClient client) {
        Optional<ObjectNode> stored = find(client.email());
        if (stored.isEmpty()) {
            LOG.info("S-UI has no client {} to enable; creating it", client.email());
            save("new", row(client.withEnabled(true), null), client.email());
            return;
        }
        ObjectNode row = stored.get().deepCopy();
        row.put("enable", true);
        edit(stored.get(), row, client.email());
    }

    @Override
    public void disableClient(PanelClient client) {
        Optional<ObjectNode> stored = find(client.email());
        if (stored.isEmpty()) {
            LOG.warn("S-UI has no client {} to disable; nothing to do", client.email());
            return;
        }
        ObjectNode row = stored.get().deepCopy();
        row.put("enable", false);
        edit(stored.get(), row, client.email());
    }

    @Override
    public void deleteClient(PanelClient client) {
        Optional<ObjectNode> stored = find(client.email());
        if (stored.isPresent()) {
            // The data of a delete is the bare client id as a JSON number, not an object or a string.
            save("del", PanelHttp.json().getNodeFactory().numberNode(stored.get().path("id").asLong()), client.email());
        }
    }

    @Override
    public TrafficUsage usage(PanelClient client) {
        ObjectNode stored = find(client.email()).orElseThrow(() -> notFound(client));
        return new TrafficUsage(DataSize.ofBytes(Math.max(0, stored.path("up").asLong(0))),
                DataSize.ofBytes(Math.max(0, stored.path("down").asLong(0))));
    }

    /** One slim {@code GET clients}: it selects {@code name}, {@code up} and {@code down} of every client. */
    @Override
    public Map<String, TrafficUsage> usageOfAll() {
        JsonNode list = require(api.get("clients", Map.of()), "list clients").obj().path("clients");
        Map<String, TrafficUsage> usage = new java.util.HashMap<>();
        list.forEach(row -> {
            String name = row.path("name").asText("");
            if (!name.isEmpty()) {
                usage.put(name.toLowerCase(java.util.Locale.ROOT), new TrafficUsage(
                        DataSize.ofBytes(Math.max(0, row.path("up").asLong(0))),
                        DataSize.ofBytes(Math.max(0, row.path("down").asLong(0)))));
            }
        });
        return usage;
    }

    /**
     * The slim {@code GET clients} (name, enable, volume, expiry in unix seconds, desc, inbounds), keeping the clients
     * on one of our inbounds. It does not select {@code delayStart} (zero-filled), so a term that starts at first use
     * reads as "never expires"; S-UI has no device limit (-1).
     */
    @Override
    public List<dev.tollgate.application.port.out.ListedClient> listClients() {
        JsonNode list = require(api.get("clients", Map.of()), "list clients").obj().path("clients");
        List<dev.tollgate.application.port.out.ListedClient> listed = new ArrayList<>();
        list.forEach(row -> {
            boolean ours = false;
            for (JsonNode inbound : row.path("inbounds")) {
                ours |= inboundIds.contains(inbound.asLong());
            }
            String name = row.path("name").asText("");
            if (ours && !name.isEmpty()) {
                long expiry = row.path("expiry").asLong(0);
                listed.add(new dev.tollgate.application.port.out.ListedClient(name, row.path("enable").asBoolean(true),
                        DataSize.ofBytes(Math.max(0, row.path("volume").asLong(0))),
                        expiry > 0 ? java.time.Instant.ofEpochSecond(expiry) : null, false, -1,
                        row.path("desc").asText(""), 0));
            }
        });
        return listed;
    }

    /** The full row, read with the first inbound's type (which config key holds the credential). */
    @Override
    public Optional<dev.tollgate.application.port.out.PanelClientDetails> readClient(String email) {
        Optional<ObjectNode> row = find(email);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        JsonNode inbound = require(api.get("inbounds", Map.of("id", Long.toString(inboundIds.get(0)))), "read inbound")
                .obj().path("inbounds").path(0);
        return Optional.of(SuiClientDetails.of(row.get(), inbound));
    }

    @Override
    public void resetTraffic(PanelClient client) {
        ObjectNode row = find(client.email()).orElseThrow(() -> notFound(client)).deepCopy();
        // S-UI has no per-client reset (1.5's resetTraffic zeroes every client); an edit replaces the row, counters too.
        row.put("up", 0);
        row.put("down", 0);
        save("edit", row, client.email());
    }

    @Override
    public List<dev.tollgate.application.port.out.PanelInbound> inbounds() {
        return SuiInbounds.of(require(api.get("inbounds", Map.of()), "read inbounds").obj());
    }

    @Override
    public PanelHealth health() {
        try {
            SuiApi.Envelope envelope = require(api.get("inbounds", Map.of("id", joined(inboundIds))), "read inbounds");
            Set<Long> found = new HashSet<>();
            envelope.obj().path("inbounds").forEach(inbound -> found.add(inbound.path("id").asLong()));
            if (!found.containsAll(inboundIds)) {
                return PanelHealth.down("S-UI has no inbound with id(s) " + inboundIds + " (found " + found + ")");
            }
            return PanelHealth.up("S-UI " + api.label(), false);
        } catch (PanelException e) {
            return PanelHealth.down(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("unexpected failure while checking S-UI at {}", http.where(), e);
            return PanelHealth.down("unexpected failure: " + e);
        }
    }

    @Override
    public Optional<URI> subscriptionUrl(PanelClient client) {
        // S-UI serves a client's subscription under its name on the separate subscription server.
        return Optional.of(subscriptionBase.resolve(PanelHttp.segment(client.email())));
    }

    @Override
    public Set<String> onlineClients() {
        JsonNode users = require(api.get("onlines", Map.of()), "list online clients").obj().path("user");
        Set<String> names = new HashSet<>();
        // The field is left out when nobody is online.
        users.forEach(name -> names.add(name.asText()));
        return names;
    }

    @Override
    public void close() {
        http.close();
    }

    /** The client's full row (with config and links), found by name in the slim list. */
    private Optional<ObjectNode> find(String name) {
        JsonNode list = require(api.get("clients", Map.of()), "list clients").obj().path("clients");
        List<Long> ids = new ArrayList<>();
        list.forEach(row -> {
            if (row.path("name").asText("").equals(name)) {
                ids.add(row.path("id").asLong());
            }
        });
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        if (ids.size() > 1) {
            // The backend lets two clients share a name (only the web UI checks); we cannot tell which one is ours.
            throw new PanelDuplicateClientException("S-UI holds " + ids.size() + " clients named " + name + " (ids "
                    + ids + "); remove the extra ones in the panel");
        }
        // The list is slim (no config, no links); an edit needs the full row or it loses them.
        JsonNode full = require(api.get("clients", Map.of("id", Long.toString(ids.get(0)))), "read client " + name)
                .obj().path("clients");
        if (full.size() != 1 || !(full.get(0) instanceof ObjectNode row)) {
            throw new PanelProtocolException("S-UI listed client " + name + " but did not return its row");
        }
        return Optional.of(row);
    }

    /**
     * An edit saves every column (service/client.go Save: tx.Save), {@code up}/{@code down} included, from the row
     * we send; traffic the stats job counts between our read and this save is overwritten, and the save restarts
     * the client's inbounds. So the row is read right before, and an edit that changes nothing is not sent at all.
     */
    private void edit(ObjectNode stored, ObjectNode row, String name) {
        if (row.equals(SAME_VALUE, stored)) {
            LOG.debug("S-UI client {} already matches; no edit sent", name);
            return;
        }
        save("edit", row, name);
    }

    private void save(String action, JsonNode data, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        // save is form-encoded: object, action and data, where data is JSON text.
        form.put("object", "clients");
        form.put("action", action);
        form.put("data", data.toString());
        SuiApi.Envelope envelope = api.post("save", form);
        if (!envelope.success()) {
            throw new PanelRejectedException("S-UI refused to " + action + " client " + name + ": " + envelope.msg());
        }
    }

    /** The full row to save, in S-UI units: volume in bytes, expiry in unix seconds. */
    ObjectNode row(PanelClient client, ObjectNode stored) {
        ObjectNode row = stored == null ? PanelHttp.json().createObjectNode() : stored.deepCopy();
        if (stored == null) {
            row.put("name", client.email());
            row.put("up", 0);
            row.put("down", 0);
            row.put("desc", dev.tollgate.application.port.out.OwnershipMark.TEXT);
            row.put("group", "");
        }
        row.put("enable", client.enabled());
        ObjectNode config = row.path("config") instanceof ObjectNode existing ? existing : row.putObject("config");
        credentials(config, client);
        Set<Long> inbounds = new LinkedHashSet<>();
        row.path("inbounds").forEach(id -> inbounds.add(id.asLong()));
        inbounds.addAll(inboundIds);
        ArrayNode ids = row.putArray("inbounds");
        inbounds.forEach(ids::add);
        if (!row.path("links").isArray()) {
            // The server unmarshals links unconditionally and fails when they are missing; local ones are regenerated.
            row.putArray("links");
        }
        row.put("volume", client.quota().bytes());
        boolean started = stored != null && !stored.path("delayStart").asBoolean(false)
                && stored.path("expiry").asLong(0) > 0;
        if (client.startOnFirstUse() != null && client.startOnFirstUse().getSeconds() > 0 && started
                && stored.path("resetDays").asLong(0) > 0) {
            // The panel's job (ResetClients) turned the delayed start into an absolute expiry at the first traffic;
            // writing delayStart again would restart the term.
            row.put("expiry", stored.path("expiry").asLong());
        } else if (client.startOnFirstUse() != null && client.startOnFirstUse().getSeconds() > 0) {
            // 1.4+: with delayStart the term of resetDays days starts at the first traffic.
            long days = (client.startOnFirstUse().getSeconds() + DAY_SECONDS - 1) / DAY_SECONDS;
            row.put("delayStart", true);
            row.put("resetDays", days);
            row.put("expiry", 0);
        } else {
            row.put("delayStart", false);
            row.put("expiry", client.expiresAt() == null ? 0 : client.expiresAt().getEpochSecond());
        }
        return row;
    }

    private static void credentials(ObjectNode config, PanelClient client) {
        switch (client.protocol()) {
            case VLESS -> {
                ObjectNode vless = config.putObject("vless");
                vless.put("name", client.email());
                vless.put("uuid", client.secret());
                vless.put("flow", "");
            }
            case VMESS -> {
                ObjectNode vmess = config.putObject("vmess");
                vmess.put("name", client.email());
                vmess.put("uuid", client.secret());
                vmess.put("alterId", 0);
            }
            case TROJAN -> {
                ObjectNode trojan = config.putObject("trojan");
                trojan.put("name", client.email());
                trojan.put("password", client.secret());
            }
            case SHADOWSOCKS_2022 -> {
                // sing-box gets config.shadowsocks, except on 2022-blake3-aes-128-gcm inbounds, which read
                // config.shadowsocks16 (service/inbounds.go fetchUsers); write both, so every method finds the user.
                for (String key : List.of("shadowsocks", "shadowsocks16")) {
                    ObjectNode shadowsocks = config.putObject(key);
                    shadowsocks.put("name", client.email());
                    shadowsocks.put("password", client.secret());
                }
            }
        }
    }

    private static SuiApi.Envelope require(SuiApi.Envelope envelope, String what) {
        if (!envelope.success()) {
            throw new PanelRejectedException("S-UI refused to " + what + ": " + envelope.msg());
        }
        return envelope;
    }

    private static PanelClientNotFoundException notFound(PanelClient client) {
        return new PanelClientNotFoundException("S-UI has no client named " + client.email());
    }

    private static String joined(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> inboundIds(String inbound) {
        List<Long> ids = new ArrayList<>();
        for (String part : inbound.split(",")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("an S-UI inbound is a numeric id (or ids separated by commas; "
                            + "S-UI 1.2+ refers to inbounds by id): " + inbound, e);
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an S-UI connection needs the inbound id its clients are attached to");
        }
        return List.copyOf(ids);
    }

    /** Option subscriptionBaseUrl, or the panel's host on the subscription server's default port and path. */
    static URI subscriptionBase(PanelConnection connection, URI panelBase) {
        String configured = connection.option("subscriptionBaseUrl").orElse("").trim();
        if (!configured.isEmpty()) {
            return URI.create(configured.endsWith("/") ? configured : configured + "/");
        }
        return URI.create(panelBase.getScheme() + "://" + panelBase.getHost() + ":2096/sub/");
    }
}
