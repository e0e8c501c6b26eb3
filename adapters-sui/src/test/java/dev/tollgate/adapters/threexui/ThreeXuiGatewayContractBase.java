package dev.tollgate.adapters.threexui;

import dev.tollgate.application.contracts.PanelGatewayContract;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.server.Protocol;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** Runs the shared gateway contract against a fake 3x-UI panel of one API generation. */
abstract class ThreeXuiGatewayContractBase extends PanelGatewayContract {

    private FakeThreeXuiPanel panel;
    private PanelGateway gateway;

    abstract FakeThreeXuiPanel.Version version();

    boolean useToken() {
        return false;
    }

    @Override
    protected PanelGateway gateway() {
        if (gateway == null) {
            panel = new FakeThreeXuiPanel(version(), panelProtocol(protocol()));
            gateway = new ThreeXuiPanelGateway(connection(panel, useToken(), "1"));
        }
        return gateway;
    }

    @AfterEach
    void stopPanel() {
        if (gateway != null) {
            gateway.close();
            panel.close();
        }
    }

    /** A Shadowsocks-2022 key is base64 of the method's key size; the fake's inbounds use a 32-byte method. */
    @Override
    protected PanelClient newClient() {
        PanelClient client = super.newClient();
        if (client.protocol() != Protocol.SHADOWSOCKS_2022) {
            return client;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new PanelClient(client.email(), Base64.getEncoder().encodeToString(key), client.protocol(),
                client.quota(), client.expiresAt(), client.startOnFirstUse(), client.enabled(), client.owner(),
                client.subscriptionKey(), client.deviceLimit());
    }

    @Override
    protected Boolean canConnect(PanelClient client) {
        return panel.grantsAccess(client.email(), client.secret());
    }

    @Override
    protected boolean generateTraffic(PanelClient client) {
        panel.addTraffic(client.email(), 100, 2000);
        return true;
    }

    static String panelProtocol(Protocol protocol) {
        return protocol == Protocol.SHADOWSOCKS_2022 ? "shadowsocks" : protocol.name().toLowerCase(Locale.ROOT);
    }

    static PanelConnection connection(FakeThreeXuiPanel panel, boolean token, String inbound) {
        return new PanelConnection(panel.address(), inbound, token ? "" : FakeThreeXuiPanel.USER,
                new Secret(token ? "" : FakeThreeXuiPanel.PASSWORD), new Secret(token ? FakeThreeXuiPanel.TOKEN : ""),
                Map.of("retryWaitMillis", "5", "responseTimeoutMillis", "2000", "connectTimeoutMillis", "1000"));
    }
}
