package dev.tollgate.adapters.threexui;

import dev.tollgate.adapters.panelhttp.PanelHttp;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.threexui.XuiClientApi.StoredClient;
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
import dev.tollgate.domain.server.Protocol;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 3x-UI panel as a {@link PanelGateway}. The API generation is detected at the first call (and again when a
 * route disappears, e.g. after the panel was upgraded to v3.1), so one configuration survives panel upgrades.
 */
final class ThreeXuiPanelGateway implements PanelGateway {

    /** Comment we leave on a client legacy 3x-UI would not delete because it was the last one of its inbound. */
    static final String DELETED_MARK = "tollgate: deleted (3x-UI keeps the last client of an inbound)";

    private static final Logger LOG = LoggerFactory.getLogger(ThreeXuiPanelGateway.class);
    private static final Set<PanelCapability> CAPABILITIES = Set.copyOf(EnumSet.of(PanelCapability.SUBSCRIPTION_URL,
            PanelCapability.PERSISTENT_CLIENTS, PanelCapability.ENFORCES_LIMITS, PanelCapability.START_ON_FIRST_USE,
            PanelCapability.ONLINE_CLIENTS, PanelCapability.LISTS_USAGE,
            PanelCapability.LISTS_CLIENTS, PanelCapability.READS_CLIENTS, PanelCapability.MARKS_OWNERSHIP,
            PanelCapability.LISTS_INBOUNDS));

    private final PanelHttp http;
    private final XuiSession session;
    private final List<Integer> inboundIds;
    private final URI subscriptionBase;
    private volatile XuiClientApi api;

    ThreeXuiPanelGateway(PanelConnection connection) {
        PanelHttp.Settings settings = PanelHttp.Settings.of(connection);
        this.inboundIds = inboundIds(connection.inbound());
        this.subscriptionBase = subscriptionBase(connection, settings.base());
        this.http = new PanelHttp(XuiSession.PANEL, settings);
        this.session = new XuiSession(http, connection.username(), connection.password(), connection.apiToken());
    }

    @Override
    public Set<PanelCapability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public void createClient(PanelClient client) {
        run(api -> {
            Optional<StoredClient> stored = api.find(client.email());
            if (stored.isPresent()) {
                bringInLine(api, stored.get(), client);
                return null;
            }
            if (api.add(XuiClientFields.of(client, null))) {
                if (client.protocol() == Protocol.SHADOWSOCKS_2022) {
                    requireOurShadowsocksKey(api, client);
                }
                return null;
            }
            // The panel says the email is taken, compared case-insensitively across all inbounds: if it is not in
            // our inbound(s), another identity holds it.
            StoredClient taken = api.find(client.email()).orElseThrow(() -> new PanelDuplicateClientException(
                    "3x-UI already has a client with email " + client.email() + " outside inbound(s) " + inboundIds));
            bringInLine(api, taken, client);
            return null;
        });
    }

    @Override
    public void updateClient(PanelClient client) {
        run(api -> {
            StoredClient stored = api.find(client.email()).orElseThrow(() -> notFound(client));
            api.update(stored, updateFields(api, stored, client));
            return null;
        });
    }

    @Override
    public void enableClient(PanelClient client) {
        run(api -> {
            Optional<StoredClient> stored = api.find(client.email());
            if (stored.isEmpty() || isDeletedPlaceholder(stored.get())) {
                LOG.info("3x-UI has no live client {} to enable; creating it", client.email());
                if (stored.isEmpty()) {
                    createClient(client.withEnabled(true));
                } else {
                    bringInLine(api, stored.get(), client.withEnabled(true));
                }
                return null;
            }
            flip(api, stored.get(), client, true);
            return null;
        });
    }

    @Override
    public void disableClient(PanelClient client) {
        run(api -> {
            Optional<StoredClient> stored = api.find(client.email());
            if (stored.isEmpty()) {
                LOG.warn("3x-UI has no client {} to disable; nothing to do", client.email());
                return null;
            }
            flip(api, stored.get(), client, false);
            return null;
        });
    }

    @Override
    public void deleteClient(PanelClient client) {
        run(api -> {
            Optional<StoredClient> stored = api.find(client.email());
            if (stored.isEmpty() || isDeletedPlaceholder(stored.get())) {
                return null;
            }
            if (!api.delete(stored.get())) {
                // Legacy 3x-UI refuses to delete the last client of an inbound. We disable it instead, rotate its
                // credential and mark it, so it cannot connect and a later create starts it afresh.
                LOG.info("3x-UI keeps the last client of inbound {}; disabling {} instead of deleting it",
                        inboundIds.get(0), client.email());
                ObjectNode fields = stored.get().fields().deepCopy();
                fields.put("enable", false);
                fields.put("comment", DELETED_MARK);
                if (fields.has("id")) {
                    fields.put("id", UUID.randomUUID().toString());
                }
                if (fields.has("password")) {
                    fields.put("password", UUID.randomUUID().toString().replace("-", ""));
                }
                api.update(stored.get(), fields);
            }
            return null;
        });
    }

    @Override
    public TrafficUsage usage(PanelClient client) {
        return run(api -> {
            // Routes look emails up by their stored spelling, while the panel's uniqueness ignores case.
            StoredClient stored = api.find(client.email()).orElseThrow(() -> notFound(client));
            return api.usage(stored.email()).orElse(TrafficUsage.NONE);
        });
    }

    @Override
    public java.util.Map<String, TrafficUsage> usageOfAll() {
        return run(XuiClientApi::usageOfAll);
    }

    @Override
    public List<dev.tollgate.application.port.out.ListedClient> listClients() {
        return run(XuiClientApi::list);
    }

    /** {@code GET panel/api/inbounds/list}, which every generation has; see {@link XuiInbounds}. */
    @Override
    public List<dev.tollgate.application.port.out.PanelInbound> inbounds() {
        XuiSession.Envelope envelope = XuiSession.requireSuccess(session.get("panel/api/inbounds/list"), "list inbounds");
        if (!envelope.obj().isArray() && !envelope.obj().isNull()) {
            throw new PanelProtocolException("3x-UI answered inbounds/list without a list: " + envelope.obj().getNodeType());
        }
        return XuiInbounds.of(envelope.obj());
    }

    @Override
    public Optional<dev.tollgate.application.port.out.PanelClientDetails> readClient(String email) {
        return run(api -> api.find(email).map(stored -> {
            String protocol = stored.inboundProtocol().isEmpty() ? api.inboundProtocol() : stored.inboundProtocol();
            return XuiClientFields.details(stored, protocol, api.usage(stored.email()).orElse(TrafficUsage.NONE));
        }));
    }

    /** Only into an empty comment, with every other field sent back as the panel holds it. */
    @Override
    public boolean markOwned(String email) {
        return run(api -> {
            Optional<StoredClient> stored = api.find(email);
            // Not when the comment holds anything, nor when the update would also attach the client to more inbounds.
            if (stored.isEmpty() || !stored.get().fields().path("comment").asText("").isEmpty()
                    || !stored.get().inboundIds().containsAll(inboundIds)) {
                return false;
            }
            ObjectNode fields = api.unchanged(stored.get());
            fields.put("comment", dev.tollgate.application.port.out.OwnershipMark.TEXT);
            api.update(stored.get(), fields);
            return true;
        });
    }

    @Override
    public void resetTraffic(PanelClient client) {
        run(api -> {
            api.resetTraffic(api.find(client.email()).orElseThrow(() -> notFound(client)));
            return null;
        });
    }

    @Override
    public PanelHealth health() {
        try {
            return run(api -> {
                String protocol = api.inboundProtocol();
                if (protocol.isEmpty()) {
                    throw new PanelProtocolException("3x-UI inbound " + inboundIds.get(0) + " has no protocol");
                }
                return PanelHealth.up("3x-UI " + api.label(), false);
            });
        } catch (PanelException e) {
            return PanelHealth.down(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("unexpected failure while checking 3x-UI at {}", http.where(), e);
            return PanelHealth.down("unexpected failure: " + e);
        }
    }

    @Override
    public Optional<URI> subscriptionUrl(PanelClient client) {
        // The subscription server is separate from the panel (own port, no web base path) and serves by subId.
        return Optional.of(subscriptionBase.resolve(PanelHttp.segment(client.subscriptionKey())));
    }

    @Override
    public Set<String> onlineClients() {
        return run(XuiClientApi::onlines);
    }

    @Override
    public void close() {
        http.close();
    }

    private void bringInLine(XuiClientApi api, StoredClient stored, PanelClient client) {
        boolean wasDeleted = isDeletedPlaceholder(stored);
        api.update(stored, updateFields(api, stored, client));
        if (wasDeleted) {
            // A client re-created over our placeholder starts with no traffic, like a new one.
            api.resetTraffic(stored);
        }
    }

    /** Enable and disable send the whole client from our model: the update route replaces every field. */
    private void flip(XuiClientApi api, StoredClient stored, PanelClient client, boolean enable) {
        api.update(stored, updateFields(api, stored, client.withEnabled(enable)));
    }

    /**
     * The update body for a stored client. A delayed start the panel has already turned into a deadline (negative
     * expiryTime -N becomes now+N at the first traffic, inbound_traffic.go adjustTraffics) keeps that deadline:
     * writing -N again would restart the term.
     */
    private static ObjectNode updateFields(XuiClientApi api, StoredClient stored, PanelClient client) {
        ObjectNode fields = XuiClientFields.of(client, api.carried(stored));
        long storedExpiry = stored.fields().path("expiryTime").asLong(0);
        if (client.startOnFirstUse() != null && client.startOnFirstUse().toMillis() > 0 && storedExpiry > 0
                && !isDeletedPlaceholder(stored)) {
            fields.put("expiryTime", storedExpiry);
        }
        return fields;
    }

    /**
     * 3x-UI v3.1+ replaces a Shadowsocks-2022 key that is not base64 of the inbound method's key size (16 bytes for
     * 2022-blake3-aes-128-gcm, 32 for the others) with a random one (client_crud.go fillProtocolDefaults), and the
     * link we hand out would not connect. Such a client is taken back and the create refused with the reason.
     */
    private static void requireOurShadowsocksKey(XuiClientApi api, PanelClient client) {
        Optional<StoredClient> stored = api.find(client.email());
        if (stored.isEmpty() || client.secret().equals(stored.get().fields().path("password").asText(client.secret()))) {
            return;
        }
        api.delete(stored.get());
        throw new PanelRejectedException("3x-UI replaced the Shadowsocks-2022 key of " + client.email() + " with its own"
                + " (a key must be base64 of 16 bytes for 2022-blake3-aes-128-gcm, 32 for the other methods); the client"
                + " was removed again");
    }

    private static boolean isDeletedPlaceholder(StoredClient stored) {
        return DELETED_MARK.equals(stored.fields().path("comment").asText(""));
    }

    private <T> T run(Function<XuiClientApi, T> operation) {
        XuiClientApi current = api();
        try {
            return operation.apply(current);
        } catch (XuiSession.RouteMissingException e) {
            XuiClientApi detected = redetect(current);
            if (detected.label().equals(current.label())) {
                throw new PanelProtocolException("3x-UI lacks a route of its " + current.label() + " (" + e.getMessage()
                        + "); the panel API changed", e);
            }
            try {
                return operation.apply(detected);
            } catch (XuiSession.RouteMissingException again) {
                throw new PanelProtocolException("3x-UI lacks a route of its " + detected.label() + " ("
                        + again.getMessage() + "); the panel API changed", again);
            }
        }
    }

    private synchronized XuiClientApi api() {
        if (api == null) {
            api = detect();
        }
        return api;
    }

    private synchronized XuiClientApi redetect(XuiClientApi stale) {
        if (api == stale) {
            XuiClientApi detected = detect();
            if (!detected.label().equals(stale.label())) {
                LOG.warn("3x-UI at {} now speaks the {} instead of the {} (panel upgraded?)", http.where(),
                        detected.label(), stale.label());
            }
            api = detected;
        }
        return api;
    }

    /** v3.1+ answers GET panel/api/clients/list; older panels have no such route. */
    private XuiClientApi detect() {
        try {
            XuiSession.Envelope envelope = session.get("panel/api/clients/list");
            if (!envelope.success()) {
                throw new PanelRejectedException("3x-UI refused to list clients: " + envelope.msg());
            }
            LOG.info("3x-UI at {} speaks the clients API (v3.1+)", http.where());
            return new ClientsApi(session, inboundIds);
        } catch (XuiSession.RouteMissingException e) {
            if (inboundIds.size() > 1) {
                LOG.warn("3x-UI at {} is older than v3.1, where an email can live in one inbound only; using inbound {}",
                        http.where(), inboundIds.get(0));
            }
            LOG.info("3x-UI at {} speaks the per-inbound client API (up to v3.0.x)", http.where());
            return new LegacyInboundClientApi(session, inboundIds.get(0));
        }
    }

    private static PanelClientNotFoundException notFound(PanelClient client) {
        return new PanelClientNotFoundException("3x-UI has no client with email " + client.email());
    }

    static List<Integer> inboundIds(String inbound) {
        List<Integer> ids = new ArrayList<>();
        for (String part : inbound.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a 3x-UI inbound is a numeric id (or ids separated by commas): "
                        + inbound, e);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a 3x-UI connection needs the inbound id its clients are added to");
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
