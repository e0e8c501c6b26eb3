package dev.tollgate.adapters.xray;

import dev.tollgate.adapters.xray.FakeXrayCore.StoredUser;
import dev.tollgate.application.contracts.PanelGatewayContract;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.domain.server.Protocol;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract for the xray flavour against the in-process Xray fake; "can connect" means the core holds the user
 * with the client's current secret, and traffic is credited by the fake like the core's dispatcher would.
 */
class FakeXrayPanelGatewayTest extends PanelGatewayContract {

    private FakeXrayCore core;
    private XrayPanelGateway gateway;

    @BeforeEach
    void start() {
        core = new FakeXrayCore();
        gateway = new XrayPanelGateway(XrayGatewayBehaviourTest.settings("xray", Protocol.VLESS, FakeXrayCore.INBOUND),
                core.channel(), new CallPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(1)), System::nanoTime);
    }

    @AfterEach
    void stop() {
        gateway.close();
        core.close();
    }

    @Override
    protected PanelGateway gateway() {
        return gateway;
    }

    @Override
    protected Boolean canConnect(PanelClient client) {
        StoredUser user = core.users().get(client.email());
        return user != null
                && ((dev.tollgate.adapters.xray.proto.vless.Account) user.account()).getId().equals(client.secret());
    }

    @Override
    protected boolean generateTraffic(PanelClient client) {
        if (!canConnect(client)) {
            return false;
        }
        core.addTraffic(client.email(), 120, 4000);
        return true;
    }
}
