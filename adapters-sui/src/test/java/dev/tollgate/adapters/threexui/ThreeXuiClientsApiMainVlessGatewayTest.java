package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiClientsApiMainVlessGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.MAIN;
    }

    @Override
    boolean useToken() {
        return true;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.VLESS;
    }
}
