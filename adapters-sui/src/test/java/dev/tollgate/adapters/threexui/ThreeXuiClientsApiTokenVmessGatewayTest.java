package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiClientsApiTokenVmessGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.V3_1;
    }

    @Override
    boolean useToken() {
        return true;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.VMESS;
    }
}
