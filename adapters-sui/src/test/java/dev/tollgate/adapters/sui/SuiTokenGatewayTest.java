package dev.tollgate.adapters.sui;

class SuiTokenGatewayTest extends SuiGatewayContractBase {

    @Override
    boolean useToken() {
        return true;
    }
}
