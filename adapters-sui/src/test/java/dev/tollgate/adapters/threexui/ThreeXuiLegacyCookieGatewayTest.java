package dev.tollgate.adapters.threexui;

import dev.tollgate.domain.server.Protocol;

class ThreeXuiLegacyCookieGatewayTest extends ThreeXuiGatewayContractBase {

    @Override
    FakeThreeXuiPanel.Version version() {
        return FakeThreeXuiPanel.Version.V2_8;
    }

    @Override
    boolean useToken() {
        return false;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.VLESS;
    }
}
