package dev.tollgate.adapters.sui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Listing an S-UI panel's inbounds (sing-box inbounds with id, tag, type and listen_port) for an admin adding a server. */
class SuiInboundsTest {

    private final FakeSuiPanel panel = new FakeSuiPanel();
    private PanelGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        panel.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    public void inbounds_withTokenOrSession_listEveryInboundWithItsTypeAndPort(boolean token) {
        PanelConnection base = SuiGatewayContractBase.connection(panel, token);
        gateway = new SuiPanelGateway(new PanelConnection(base.address(), "0", base.username(), base.password(),
                base.apiToken(), base.options()));

        assertThat(gateway.capabilities()).contains(PanelCapability.LISTS_INBOUNDS);
        assertThat(gateway.inbounds()).containsExactly(new PanelInbound("1", "vless-in", "vless", 20001, true),
                new PanelInbound("2", "trojan-in", "trojan", 20002, true),
                new PanelInbound("3", "ss128-in", "shadowsocks", 20003, true),
                new PanelInbound("4", "ss256-in", "shadowsocks", 20004, true),
                new PanelInbound("5", "vmess-in", "vmess", 20005, true));
    }

    @Test
    public void inbounds_withAWrongPassword_failAsAuthentication() {
        PanelConnection good = SuiGatewayContractBase.connection(panel, false);
        gateway = new SuiPanelGateway(new PanelConnection(good.address(), "0", good.username(), new Secret("nope"), null,
                good.options()));

        assertThatThrownBy(gateway::inbounds).isInstanceOf(PanelAuthenticationException.class)
                .hasMessageContaining("wrong user or password");
    }
}
