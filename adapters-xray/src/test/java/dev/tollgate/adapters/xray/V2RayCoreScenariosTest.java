package dev.tollgate.adapters.xray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.xray.testing.LocalHttpPage;
import dev.tollgate.adapters.xray.testing.V2RayClient;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole scenarios on a real V2Ray 4.34 core: restart and reconciliation, per-user traffic, revoked access. */
class V2RayCoreScenariosTest {

    private Path workDir;
    private V2RayServer server;
    private LocalHttpPage page;
    private ServerSettings settings;
    private PanelGateway gateway;
    private final ShareLinks shareLinks = new ShareLinks();

    @BeforeEach
    void start() {
        workDir = Path.of("target", "v2ray", getClass().getSimpleName()).toAbsolutePath();
        server = V2RayServer.start(workDir);
        page = LocalHttpPage.serve("x".repeat(10_000));
        settings = RealV2RayContract.settingsFor(server, Protocol.VLESS);
        gateway = new XrayPanelGatewayFactory().open(settings);
    }

    @AfterEach
    void stop() {
        gateway.close();
        page.close();
        server.close();
    }

    private static PanelClient newClient(String email) {
        return new PanelClient(email, UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(1), null, null,
                true, new TelegramUserId(7), "sub-" + email, 0);
    }

    private V2RayClient appOf(PanelClient client) {
        return V2RayClient.fromShareLink(
                shareLinks.linkFor(settings, new ClientCredential(client.email(), client.secret()), client.email()),
                workDir);
    }

    @Test
    void restart_thenReapplyingActiveClients_restoresAccessOnceWithoutDuplicates() {
        PanelClient ann = newClient("ann");
        PanelClient ben = newClient("ben");
        List<PanelClient> active = List.of(ann, ben);
        active.forEach(gateway::createClient);
        try (V2RayClient annApp = appOf(ann); V2RayClient benApp = appOf(ben)) {
            assertThat(annApp.fetchStatus(page.uri())).isEqualTo(200);
            // A restart is told apart by the uptime going backwards; let it reach two seconds first, so a new
            // process checked within two seconds of its start surely reports less.
            while (server.uptimeSeconds() < 2) {
                pause();
            }
            assertThat(gateway.health().restartedSinceLastCheck()).isFalse();

            server.restart();

            assertThat(annApp.fetchStatus(page.uri())).as("the core forgot API-added users").isEqualTo(-1);
            PanelHealth afterRestart = gateway.health();
            assertThat(afterRestart.reachable()).isTrue();
            assertThat(afterRestart.restartedSinceLastCheck()).isTrue();
            assertThat(gateway.health().restartedSinceLastCheck()).as("reported once").isFalse();

            active.forEach(gateway::createClient);
            active.forEach(gateway::createClient);

            assertThat(annApp.fetchStatus(page.uri())).isEqualTo(200);
            assertThat(benApp.fetchStatus(page.uri())).isEqualTo(200);
            // One removal revokes access, so re-applying twice left exactly one copy of the user in the core.
            gateway.deleteClient(ann);
            assertThat(annApp.fetchStatus(page.uri())).isEqualTo(-1);
            assertThat(benApp.fetchStatus(page.uri())).isEqualTo(200);
        }
    }

    @Test
    void restart_withinASecondOfTheCoresStart_isStillReportedSoItsUsersComeBack() {
        PanelClient cat = newClient("cat");
        gateway.createClient(cat);
        try (V2RayClient catApp = appOf(cat)) {
            assertThat(gateway.health().restartedSinceLastCheck()).isFalse();
            // Restarted at once: the new process reports the same uptime (0 or 1 s) as the old one did.
            server.restart();

            boolean reported = false;
            for (int check = 0; check < 50 && !reported; check++) {
                PanelHealth health = gateway.health();
                reported = health.reachable() && health.restartedSinceLastCheck();
                if (!reported) {
                    pause();
                }
            }

            assertThat(reported).as("the lost connection tells the restart").isTrue();
            assertThat(catApp.fetchStatus(page.uri())).as("the core forgot API-added users").isEqualTo(-1);
            gateway.createClient(cat);
            assertThat(catApp.fetchStatus(page.uri())).isEqualTo(200);
        }
    }

    @Test
    void usage_afterDifferentAmountsOfTraffic_isCountedPerUser() {
        PanelClient heavy = newClient("heavy");
        PanelClient light = newClient("light");
        PanelClient idle = newClient("idle");
        List.of(heavy, light, idle).forEach(gateway::createClient);
        try (V2RayClient heavyApp = appOf(heavy); V2RayClient lightApp = appOf(light)) {
            for (int i = 0; i < 3; i++) {
                assertThat(heavyApp.fetchStatus(page.uri())).isEqualTo(200);
            }
            assertThat(lightApp.fetchStatus(page.uri())).isEqualTo(200);
        }

        TrafficUsage heavyUsage = gateway.usage(heavy);
        TrafficUsage lightUsage = gateway.usage(light);

        assertThat(lightUsage.downlink().bytes()).isGreaterThan(10_000);
        assertThat(lightUsage.uplink().bytes()).isPositive();
        assertThat(heavyUsage.downlink().bytes()).isGreaterThan(3 * 10_000).isGreaterThan(2 * lightUsage.downlink().bytes());
        assertThat(gateway.usage(idle)).isEqualTo(TrafficUsage.NONE);

        gateway.resetTraffic(heavy);
        assertThat(gateway.usage(heavy)).isEqualTo(TrafficUsage.NONE);
        assertThat(gateway.usage(light)).isEqualTo(lightUsage);
    }

    @Test
    void disableAndDelete_revokeAccessWhileOthersStayConnected() {
        PanelClient kept = newClient("kept");
        PanelClient disabled = newClient("disabled");
        PanelClient removed = newClient("removed");
        List.of(kept, disabled, removed).forEach(gateway::createClient);
        try (V2RayClient keptApp = appOf(kept); V2RayClient disabledApp = appOf(disabled);
             V2RayClient removedApp = appOf(removed)) {
            assertThat(disabledApp.fetchStatus(page.uri())).isEqualTo(200);
            assertThat(removedApp.fetchStatus(page.uri())).isEqualTo(200);

            gateway.disableClient(disabled.withEnabled(false));
            gateway.deleteClient(removed);

            assertThat(disabledApp.fetchStatus(page.uri())).isEqualTo(-1);
            assertThat(removedApp.fetchStatus(page.uri())).isEqualTo(-1);
            assertThat(keptApp.fetchStatus(page.uri())).isEqualTo(200);

            gateway.updateClient(disabled.withEnabled(true));
            assertThat(disabledApp.fetchStatus(page.uri())).isEqualTo(200);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(100).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
