package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;

/** Finds the open gateway of a configured server. */
public interface PanelGateways {

    /** Throws {@link IllegalArgumentException} for a server that is not configured. */
    PanelGateway forServer(ServerId server);
}
