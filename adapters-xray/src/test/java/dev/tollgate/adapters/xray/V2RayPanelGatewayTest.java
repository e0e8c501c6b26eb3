package dev.tollgate.adapters.xray;

/** The contract on a real V2Ray 4.34 core with a VLESS inbound. */
class V2RayPanelGatewayTest extends RealV2RayContract {
}
