package dev.tollgate.adapters.sui;

import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.ServerSettings;
import jakarta.inject.Inject;
import java.util.Set;

/** Opens gateways to S-UI panels (server kind {@code s-ui}). */
final class SuiGatewayFactory implements PanelGatewayFactory {

    static final String KIND = "s-ui";

    @Inject
    SuiGatewayFactory() {
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public PanelGateway open(ServerSettings server) {
        if (!KIND.equals(server.kind())) {
            throw new IllegalArgumentException("not an S-UI server: " + server.id() + " is of kind " + server.kind());
        }
        return new SuiPanelGateway(server.connection());
    }
}
