package dev.tollgate.adapters.httppanels;

import dev.tollgate.adapters.panelhttp.PanelFamily;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.ServerSettings;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** The one gateway factory of the HTTP panel families: picks the family by the server's kind. */
final class HttpPanelGatewayFactory implements PanelGatewayFactory {

    private final Map<String, PanelFamily> families;

    @Inject
    HttpPanelGatewayFactory(Map<String, PanelFamily> families) {
        this.families = Map.copyOf(families);
    }

    @Override
    public Set<String> kinds() {
        return families.keySet();
    }

    @Override
    public PanelGateway open(ServerSettings server) {
        PanelFamily family = families.get(server.kind());
        if (family == null) {
            throw new IllegalArgumentException("not an HTTP panel server: " + server.id() + " is of kind " + server.kind()
                    + " (HTTP panels: " + String.join(", ", families.keySet()) + ")");
        }
        return family.open(server.connection());
    }
}
