package dev.tollgate.adapters.xray;

import dev.tollgate.domain.server.Protocol;

/** The contract on a real V2Ray 4.34 core with a Trojan inbound (plain TCP: TLS is not what is under test). */
class V2RayTrojanPanelGatewayTest extends RealV2RayContract {

    @Override
    protected Protocol protocol() {
        return Protocol.TROJAN;
    }
}
