package dev.tollgate.adapters.sui;

import dev.tollgate.domain.server.Protocol;

class SuiSessionVmessGatewayTest extends SuiGatewayContractBase {

    @Override
    boolean useToken() {
        return false;
    }

    @Override
    protected Protocol protocol() {
        return Protocol.VMESS;
    }
}
