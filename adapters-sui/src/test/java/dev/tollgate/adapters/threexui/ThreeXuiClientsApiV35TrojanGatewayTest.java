package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiClientsApiV35TrojanGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.V3_5;
    }

    @Override
    boolean useToken() {
        return true;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.TROJAN;
    }
}
