package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;

/** Finds the open gateway of a configured server. */
public interface PanelGateways {

    /** Throws {@link IllegalArgumentException} for a server that is not configured. */
    PanelGateway forServer(ServerId server);

    /** Closes the server's open gateway, if any, so the next use opens one with its changed (or without) settings. */
    default void forget(ServerId server) {
    }
}
