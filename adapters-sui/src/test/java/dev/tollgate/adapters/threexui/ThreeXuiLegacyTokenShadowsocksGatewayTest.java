package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiLegacyTokenShadowsocksGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.V3_0;
    }

    @Override
    boolean useToken() {
        return true;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.SHADOWSOCKS_2022;
    }
}
