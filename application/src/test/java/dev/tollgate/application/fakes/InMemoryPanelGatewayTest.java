package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.PanelGatewayContract;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;

class InMemoryPanelGatewayTest extends PanelGatewayContract {

    private final InMemoryPanelGateway gateway = new InMemoryPanelGateway();

    @Override
    protected PanelGateway gateway() {
        return gateway;
    }

    @Override
    protected Boolean canConnect(PanelClient client) {
        return gateway.grantsAccess(client);
    }

    @Override
    protected boolean generateTraffic(PanelClient client) {
        gateway.addTraffic(client.email(), 100, 2000);
        return true;
    }
}
