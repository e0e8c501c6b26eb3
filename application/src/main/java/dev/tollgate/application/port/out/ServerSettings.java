package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Objects;

/**
 * One server as the operator configured it: which kind of panel drives it ({@code xray}, {@code v2ray},
 * {@code 3x-ui}, {@code s-ui}), how to reach that panel, and what users' apps connect to.
 */
public record ServerSettings(ServerId id, String kind, String displayName, Protocol protocol,
                             PanelConnection connection, PublicEndpoint endpoint) {

    public ServerSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(endpoint, "endpoint");
        displayName = displayName == null || displayName.isBlank() ? id.value() : displayName;
    }

    /** A fresh credential for a new subscription on this server, in the form its protocol expects. */
    public ClientCredential issueCredential(TelegramUserId owner, SubscriptionId subscription) {
        return ClientCredential.issue(owner, subscription, protocol, endpoint.linkParameters().get("method"));
    }
}
