package dev.tollgate.adapters.sui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelStatuses;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.provisioning.CheckPanelsService;
import dev.tollgate.application.service.provisioning.ReconcilePanelsService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drift repair through the real S-UI gateway on the fake panel (expiry in seconds, volume in bytes). */
class SuiDriftRepairTest {

    private static void repairs() {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        try (FakeSuiPanel panel = new FakeSuiPanel();
             PanelGateway gateway = new SuiPanelGateway(SuiGatewayContractBase.connection(panel, true))) {
            ServerSettings server = new ServerSettings(new ServerId("s-1"), "s-ui", "S-UI", Protocol.VLESS,
                    SuiGatewayContractBase.connection(panel, true),
                    new PublicEndpoint("vpn.example.com", 443, Map.of()));
            FixedServers servers = new FixedServers().add(server, gateway);
            InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
            SubscriptionProvisioner provisioner = new SubscriptionProvisioner(subscriptions, servers, servers,
                    new InMemoryTransactionRunner(), new ShareLinks(), clock);
            InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();
            RecordingAdminAlerts alerts = new RecordingAdminAlerts();
            ReconcilePanelsService reconcile = new ReconcilePanelsService(servers, servers, subscriptions, provisioner,
                    new CheckPanelsService(servers, servers, statuses, clock), statuses, alerts, clock);
            Subscription deleted = subscriptions.insertActive(server.id(), 1, clock.instant());
            Subscription shortened = subscriptions.insertActive(server.id(), 2, clock.instant());
            Subscription keeper = subscriptions.insertActive(server.id(), 3, clock.instant());
            for (Subscription s : new Subscription[] {deleted, shortened, keeper}) {
                gateway.createClient(provisioner.clientFor(s, clock.instant()));
            }
            PanelClient foreign = new PanelClient("old-shop-erin", UUID.randomUUID().toString(), Protocol.VLESS,
                    DataSize.ofGibibytes(1), null, null, false, new TelegramUserId(555), "erin", 0);
            // Made by an admin in the web UI: no ownership mark in its desc.
            com.fasterxml.jackson.databind.node.ObjectNode foreignRow = ((SuiPanelGateway) gateway).row(foreign, null);
            foreignRow.put("desc", "");
            panel.seed(foreignRow);
            String foreignBefore = panel.clientNamed("old-shop-erin").toString();
            // An admin deletes one client and cuts another's quota in the panel.
            gateway.deleteClient(provisioner.clientFor(deleted, clock.instant()));
            PanelClient cut = provisioner.clientFor(shortened, clock.instant());
            gateway.updateClient(new PanelClient(cut.email(), cut.secret(), cut.protocol(), DataSize.ofGibibytes(1),
                    cut.expiresAt(), null, true, cut.owner(), cut.subscriptionKey(), cut.deviceLimit()));

            assertThat(reconcile.reconcile().driftRepaired()).isEqualTo(2);

            assertThat(panel.clientNamed(deleted.credential().email())).as("re-created").isNotNull();
            assertThat(panel.clientNamed(shortened.credential().email()).path("volume").asLong())
                    .isEqualTo(DataSize.ofGibibytes(10).bytes());
            assertThat(panel.clientNamed("old-shop-erin").toString()).as("the foreign client is untouched").isEqualTo(foreignBefore);
            assertThat(alerts.alerts()).singleElement().isInstanceOfSatisfying(AdminAlert.PanelDrift.class, drift -> {
                assertThat(drift.recreated()).isEqualTo(1);
                assertThat(drift.corrected()).isEqualTo(1);
                assertThat(drift.foreign()).isEqualTo(1);
            });
            assertThat(reconcile.reconcile().driftRepaired()).as("repaired for good").isZero();
        }
    }

    @Test
    void reconcile_onSui_recreatesADeletedClientRestoresACutQuotaAndLeavesAForeignClientAlone() {
        repairs();
    }
}
