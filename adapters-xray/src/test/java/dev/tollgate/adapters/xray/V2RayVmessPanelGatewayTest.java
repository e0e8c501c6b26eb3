package dev.tollgate.adapters.xray;

import dev.tollgate.domain.server.Protocol;

/** The contract on a real V2Ray 4.34 core with a VMess inbound (alterId 0, AEAD). */
class V2RayVmessPanelGatewayTest extends RealV2RayContract {

    @Override
    protected Protocol protocol() {
        return Protocol.VMESS;
    }
}
