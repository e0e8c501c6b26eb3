package dev.tollgate.adapters.xray;

import dev.tollgate.adapters.xray.testing.LocalHttpPage;
import dev.tollgate.adapters.xray.testing.V2RayClient;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.contracts.PanelGatewayContract;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.ClientCredential;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The gateway contract against one real V2Ray 4.34 core per test class, with a real V2Ray client process per
 * provisioned user proving access by fetching a local page. Processes are reused across the class's tests; logs
 * stay in target/v2ray/&lt;class&gt; for inspection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealV2RayContract extends PanelGatewayContract {

    protected Path workDir;
    protected V2RayServer server;
    protected LocalHttpPage page;
    protected ServerSettings settings;
    protected PanelGateway gateway;
    private final Map<String, V2RayClient> clients = new ConcurrentHashMap<>();
    private final ShareLinks shareLinks = new ShareLinks();

    @BeforeAll
    void startCore() {
        workDir = Path.of("target", "v2ray", getClass().getSimpleName()).toAbsolutePath();
        server = V2RayServer.start(workDir, protocol());
        page = LocalHttpPage.serve("hello through the tunnel");
        settings = settingsFor(server, protocol());
        gateway = new XrayPanelGatewayFactory().open(settings);
    }

    @AfterAll
    void stopCore() {
        clients.values().forEach(V2RayClient::close);
        if (gateway != null) {
            gateway.close();
        }
        if (page != null) {
            page.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static ServerSettings settingsFor(V2RayServer server, dev.tollgate.domain.server.Protocol protocol) {
        return new ServerSettings(new ServerId("v2ray-test"), "v2ray", "V2Ray test core", protocol,
                new PanelConnection(server.apiAddress(), server.inboundTag(), null, null, null, Map.of()),
                new PublicEndpoint("127.0.0.1", server.inboundPort(), Map.of()));
    }

    @Override
    protected PanelGateway gateway() {
        return gateway;
    }

    @Override
    protected Boolean canConnect(PanelClient client) {
        return fetch(client) == 200;
    }

    @Override
    protected boolean generateTraffic(PanelClient client) {
        return fetch(client) == 200;
    }

    /** The status of the local page fetched through a client process built from the user's share link. */
    protected int fetch(PanelClient client) {
        return clientFor(client).fetchStatus(page.uri());
    }

    protected V2RayClient clientFor(PanelClient client) {
        String link = shareLinks.linkFor(settings, new ClientCredential(client.email(), client.secret()), "test");
        return clients.computeIfAbsent(link, l -> V2RayClient.fromShareLink(l, workDir));
    }
}
