package dev.tollgate.adapters.threexui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.Secret;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Listing a 3x-UI panel's inbounds, for an admin adding a server: the same route in every API generation. */
class ThreeXuiInboundsTest {

    private FakeThreeXuiPanel panel;
    private PanelGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (panel != null) {
            panel.close();
        }
    }

    @ParameterizedTest
    @EnumSource(FakeThreeXuiPanel.Version.class)
    public void inbounds_onEveryVersion_listIdRemarkProtocolAndPortOfEveryInbound(FakeThreeXuiPanel.Version version) {
        panel = new FakeThreeXuiPanel(version, "trojan");
        // A placeholder inbound: listing does not depend on which inbound the server will use.
        gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, false, "0"));

        List<PanelInbound> inbounds = gateway.inbounds();

        assertThat(gateway.capabilities()).contains(PanelCapability.LISTS_INBOUNDS);
        assertThat(inbounds).containsExactly(new PanelInbound("1", "trojan-40001", "trojan", 40001, true),
                new PanelInbound("2", "trojan-40002", "trojan", 40002, true));
        assertThat(panel.count("GET panel/api/inbounds/list")).isEqualTo(1);
    }

    @Test
    public void inbounds_withAnApiToken_needNoLogin() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V3_5, "vless");
        gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, true, "0"));

        assertThat(gateway.inbounds()).extracting(PanelInbound::id).containsExactly("1", "2");
        assertThat(panel.logins()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = FakeThreeXuiPanel.Version.class, names = {"V2_8", "V3_1", "MAIN"})
    public void inbounds_withAWrongPassword_failAsAuthenticationWithThePanelsWords(FakeThreeXuiPanel.Version version) {
        panel = new FakeThreeXuiPanel(version, "vless");
        PanelConnection good = ThreeXuiGatewayContractBase.connection(panel, false, "0");
        gateway = new ThreeXuiPanelGateway(new PanelConnection(good.address(), "0", good.username(), new Secret("wrong"),
                null, good.options()));

        assertThatThrownBy(gateway::inbounds).isInstanceOf(PanelAuthenticationException.class)
                .hasMessageContaining(FakeThreeXuiPanel.WRONG_LOGIN).hasMessageNotContaining("wrong");
        assertThat(panel.logins()).isZero();
    }
}
