package dev.tollgate.adapters.panelhttp;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;

/**
 * One HTTP panel family (S-UI, 3x-UI) as the shared gateway factory sees it: the server {@code kind} it serves and
 * how to open a gateway. Each family's module contributes one; the families never see each other.
 */
public interface PanelFamily {

    /** The {@code kind} of the servers this family serves, e.g. {@code s-ui}. */
    String kind();

    /** A short name for messages, e.g. "S-UI". */
    String displayName();

    /** Opens a gateway without touching the network (the HTTP client connects at the first call). */
    PanelGateway open(PanelConnection connection);
}
