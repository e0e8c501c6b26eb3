package dev.tollgate.application.port.out;

import java.util.Set;

/** Opens gateways for one family of panels; each panel adapter module contributes one. */
public interface PanelGatewayFactory {

    /** The {@code kind} values of {@link ServerSettings} this factory serves, e.g. {@code xray} and {@code v2ray}. */
    Set<String> kinds();

    PanelGateway open(ServerSettings server);
}
