package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiClientsApiV31TrojanGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.V3_1;
    }

    @Override
    boolean useToken() {
        return false;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.TROJAN;
    }
}
