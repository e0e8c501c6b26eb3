package dev.tollgate.adapters.sui;

import dev.tollgate.domain.server.Protocol;

class SuiTokenShadowsocks128GatewayTest extends SuiGatewayContractBase {

    @Override
    boolean useToken() {
        return true;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.SHADOWSOCKS_2022;
    }
}
