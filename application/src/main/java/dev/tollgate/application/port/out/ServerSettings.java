package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/**
 * One server as the operator configured it: which kind of panel drives it ({@code xray}, {@code v2ray},
 * {@code 3x-ui}, {@code s-ui}), how to reach that panel, what users' apps connect to, and its capacity: at most
 * {@code maxClients} live subscriptions (0 = unlimited), and whether new subscriptions may be placed on it at all
 * ({@code salesOpen}; closing sales keeps the subscriptions already there).
 */
public record ServerSettings(ServerId id, String kind, String displayName, Protocol protocol,
                             PanelConnection connection, PublicEndpoint endpoint, int maxClients, boolean salesOpen) {

    public ServerSettings {
        if (maxClients < 0) {
            throw new IllegalArgumentException("maxClients must be 0 (unlimited) or more, not " + maxClients);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(endpoint, "endpoint");
        displayName = displayName == null || displayName.isBlank() ? id.value() : displayName;
    }

    /** A server with no capacity limit, open for sales. */
    public ServerSettings(ServerId id, String kind, String displayName, Protocol protocol,
                          PanelConnection connection, PublicEndpoint endpoint) {
        this(id, kind, displayName, protocol, connection, endpoint, 0, true);
    }

    /** The same server with another capacity. */
    public ServerSettings withCapacity(int maxClients, boolean salesOpen) {
        return new ServerSettings(id, kind, displayName, protocol, connection, endpoint, maxClients, salesOpen);
    }

    /** Whether a new subscription may go here when {@code live} subscriptions already do. */
    public boolean hasRoomBeside(long live) {
        return new dev.tollgate.domain.server.ServerRoom(id, maxClients, salesOpen, live).hasRoom();
    }

    /** A fresh credential for a new subscription on this server, in the form its protocol expects. */
    public ClientCredential issueCredential(TelegramUserId owner, SubscriptionId subscription) {
        return ClientCredential.issue(owner, subscription, protocol, endpoint.linkParameters().get("method"));
    }
}
