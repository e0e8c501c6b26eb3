package dev.tollgate.adapters.sui;

import dev.tollgate.application.contracts.PanelGatewayContract;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.server.Protocol;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** Runs the shared gateway contract against a fake S-UI panel. */
abstract class SuiGatewayContractBase extends PanelGatewayContract {

    private FakeSuiPanel panel;
    private PanelGateway gateway;

    abstract boolean useToken();

    @Override
    protected PanelGateway gateway() {
        if (gateway == null) {
            panel = new FakeSuiPanel();
            gateway = new SuiPanelGateway(connection(panel, useToken(), inboundFor(protocol())));
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

    @Override
    protected Boolean canConnect(PanelClient client) {
        return panel.grantsAccess(client.email(), client.secret());
    }

    @Override
    protected boolean generateTraffic(PanelClient client) {
        panel.addTraffic(client.email(), 100, 2000);
        return true;
    }

    /** The fake's inbound of the protocol's type; Shadowsocks-2022 on the aes-128 one, which reads shadowsocks16. */
    static String inboundFor(Protocol protocol) {
        return switch (protocol) {
            case VLESS -> "1";
            case TROJAN -> "2";
            case SHADOWSOCKS_2022 -> "3";
            case VMESS -> "5";
        };
    }

    static PanelConnection connection(FakeSuiPanel panel, boolean token) {
        return connection(panel, token, "1");
    }

    static PanelConnection connection(FakeSuiPanel panel, boolean token, String inbound) {
        return new PanelConnection(panel.address(), inbound, token ? "" : FakeSuiPanel.USER,
                new Secret(token ? "" : FakeSuiPanel.PASSWORD), new Secret(token ? FakeSuiPanel.TOKEN : ""),
                Map.of("retryWaitMillis", "5", "responseTimeoutMillis", "2000", "connectTimeoutMillis", "1000"));
    }
}
