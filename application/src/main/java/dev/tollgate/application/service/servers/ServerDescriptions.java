package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.ServerSettings;

/** Servers in words for the audit log and the admin. */
final class ServerDescriptions {

    private ServerDescriptions() {
    }

    /** What the audit log and the admin see of a server: everything but its secrets and a panel's base path. */
    static String describe(ServerSettings server) {
        PanelConnection c = server.connection();
        String credentials = !c.apiToken().isEmpty() ? "API token" : !c.password().isEmpty()
                ? "user " + c.username() + " with a password" : "none";
        return "name " + server.displayName() + ", " + server.kind() + " at " + PanelConnection.masked(c.address())
                + ", inbound " + c.inbound() + ", " + server.protocol() + ", public " + server.endpoint().host() + ":"
                + server.endpoint().port() + ", credentials: " + credentials
                + (server.endpoint().linkParameters().isEmpty() ? "" : ", link " + new java.util.TreeMap<>(
                server.endpoint().linkParameters()))
                + (server.endpoint().panelParameters().isEmpty() ? "" : " (read from the panel: " + String.join(", ",
                new java.util.TreeSet<>(server.endpoint().panelParameters().keySet())) + ")")
                + ", capacity " + (server.maxClients() == 0 ? "unlimited" : server.maxClients())
                + (server.salesOpen() ? ", open for sales" : ", closed for new sales");
    }
}
