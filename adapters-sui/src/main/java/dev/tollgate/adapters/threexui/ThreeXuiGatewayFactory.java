package dev.tollgate.adapters.threexui;

import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.ServerSettings;
import jakarta.inject.Inject;
import java.util.Set;

/** Opens gateways to 3x-UI panels (server kind {@code 3x-ui}). */
final class ThreeXuiGatewayFactory implements PanelGatewayFactory {

    static final String KIND = "3x-ui";

    @Inject
    ThreeXuiGatewayFactory() {
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public PanelGateway open(ServerSettings server) {
        if (!KIND.equals(server.kind())) {
            throw new IllegalArgumentException("not a 3x-UI server: " + server.id() + " is of kind " + server.kind());
        }
        return new ThreeXuiPanelGateway(server.connection());
    }
}
