package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiLegacyCsrfTrojanGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.V3_0;
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
