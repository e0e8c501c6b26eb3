package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
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
}
