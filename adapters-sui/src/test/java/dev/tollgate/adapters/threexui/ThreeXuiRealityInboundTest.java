package dev.tollgate.adapters.threexui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.ClientCredential;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A 3x-UI Reality inbound gives the public link parameters from its own JSON (streamSettings a string up to v3.0.x,
 * an object from v3.1), so the owner types none of them; the private key never leaves the panel.
 */
class ThreeXuiRealityInboundTest {

    private static final String UUID = "b831381d-6324-4d53-ad4f-8cda48b30811";

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
    public void inbounds_ofARealityInbound_giveItsPublicKeyServerNameShortIdFingerprintAndSpiderX_neverThePrivateKey(
            FakeThreeXuiPanel.Version version) {
        panel = new FakeThreeXuiPanel(version, "vless");
        panel.makeReality(1);
        gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, false, "0"));

        List<PanelInbound> inbounds = gateway.inbounds();

        assertThat(inbounds.get(0).linkParameters()).containsExactlyInAnyOrderEntriesOf(Map.of("security", "reality",
                "type", "tcp", "sni", "www.apple.com", "pbk", FakeThreeXuiPanel.REALITY_PUBLIC_KEY,
                "sid", "6ba85179e30d4fc2", "fp", "chrome", "spx", "/"));
        assertThat(inbounds.get(0).linkParameters().values()).doesNotContain(FakeThreeXuiPanel.REALITY_PRIVATE_KEY);
        assertThat(inbounds.get(1).linkParameters()).as("an inbound without Reality gives nothing").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = FakeThreeXuiPanel.Version.class, names = {"V2_8", "V3_5"})
    public void aLink_fromTheParametersReadFromThePanel_isAVlessRealityLink_andATypedValueOverridesThePanels(
            FakeThreeXuiPanel.Version version) {
        panel = new FakeThreeXuiPanel(version, "vless");
        panel.makeReality(2);
        gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, false, "0"));
        Map<String, String> fromPanel = gateway.inbounds().get(1).linkParameters();
        ClientCredential credential = new ClientCredential("tg31-0a1b2c3d", UUID);

        String link = new ShareLinks().linkFor(server(new PublicEndpoint("de.example.com", 443, Map.of(), fromPanel)),
                credential, "Frankfurt");
        String overridden = new ShareLinks().linkFor(server(new PublicEndpoint("de.example.com", 443,
                Map.of("sni", "www.icloud.com", "fp", "firefox"), fromPanel)), credential, "Frankfurt");

        assertThat(link).isEqualTo("vless://" + UUID + "@de.example.com:443?encryption=none&security=reality&type=tcp"
                + "&fp=chrome&pbk=" + FakeThreeXuiPanel.REALITY_PUBLIC_KEY + "&sid=6ba85179e30d4fc2&sni=www.apple.com"
                + "&spx=%2F#Frankfurt");
        assertThat(overridden).contains("&fp=firefox&", "&sni=www.icloud.com&", "&pbk=" + FakeThreeXuiPanel.REALITY_PUBLIC_KEY)
                .doesNotContain("www.apple.com", "chrome");
        assertThat(link + overridden).doesNotContain(FakeThreeXuiPanel.REALITY_PRIVATE_KEY);
    }

    private ServerSettings server(PublicEndpoint endpoint) {
        PanelConnection connection = ThreeXuiGatewayContractBase.connection(panel, false, "2");
        return new ServerSettings(new ServerId("de-1"), "3x-ui", "Frankfurt", Protocol.VLESS, connection, endpoint);
    }
}
