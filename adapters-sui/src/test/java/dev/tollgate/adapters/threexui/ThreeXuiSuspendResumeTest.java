package dev.tollgate.adapters.threexui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedAdmins;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryUsageRecords;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ResetTrafficUseCase;
import dev.tollgate.application.port.in.SuspendAccessUseCase;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.admin.AccessControlService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin's suspend, resume and traffic reset through the real 3x-UI gateway on the fake panel, both API generations. */
class ThreeXuiSuspendResumeTest {

    private static final TelegramUserId ADMIN = new TelegramUserId(9001);

    private static void suspendsAndResumesOn(FakeThreeXuiPanel.Version version) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        try (FakeThreeXuiPanel panel = new FakeThreeXuiPanel(version, "vless");
             PanelGateway gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, false, "1"))) {
            ServerSettings server = new ServerSettings(new ServerId("x-1"), "3x-ui", "3x-UI", Protocol.VLESS,
                    ThreeXuiGatewayContractBase.connection(panel, false, "1"),
                    new PublicEndpoint("vpn.example.com", 443, Map.of()));
            FixedServers servers = new FixedServers().add(server, gateway);
            InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
            InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
            SubscriptionProvisioner provisioner = new SubscriptionProvisioner(subscriptions, servers, servers,
                    transactions, new ShareLinks(), clock);
            InMemoryAuditLog audit = new InMemoryAuditLog();
            AccessControlService control = new AccessControlService(new FixedAdmins(ADMIN), subscriptions, servers,
                    servers, provisioner, new InMemoryUsageRecords(), audit, transactions,
                    new dev.tollgate.application.service.common.CustomerNotices(
                            new dev.tollgate.application.fakes.RecordingCustomerNotifier(),
                            new dev.tollgate.application.fakes.RecordingAdminAlerts(),
                            new dev.tollgate.application.fakes.InMemoryCustomerRepository()), clock);
            SubscriptionId id = new SubscriptionId(UUID.randomUUID());
            TelegramUserId owner = new TelegramUserId(42);
            Subscription subscription = Subscription.createPending(id, owner, SubscriptionKind.PAID, server.id(),
                    ClientCredential.issue(owner, id, Protocol.VLESS, null), Duration.ofDays(30), DataSize.ofGibibytes(10),
                    clock.instant());
            subscription.activate(clock.instant());
            subscriptions.insert(subscription);
            String email = subscription.credential().email();
            gateway.createClient(provisioner.clientFor(subscriptions.findById(id).orElseThrow(), clock.instant()));
            Instant expiry = subscriptions.findById(id).orElseThrow().expiresAt().orElseThrow();

            assertThat(control.change(new SuspendAccessUseCase.Command(ADMIN, id, true)))
                    .isInstanceOf(SuspendAccessUseCase.Changed.class);
            assertThat(panel.client(email).path("enable").asBoolean()).as(version + ": cut on suspend").isFalse();

            clock.advance(Duration.ofDays(2));
            assertThat(control.change(new SuspendAccessUseCase.Command(ADMIN, id, false)))
                    .isEqualTo(new SuspendAccessUseCase.Changed(false, expiry.plus(Duration.ofDays(2))));
            assertThat(panel.client(email).path("enable").asBoolean()).as(version + ": back on resume").isTrue();
            assertThat(panel.client(email).path("expiryTime").asLong())
                    .isEqualTo(expiry.plus(Duration.ofDays(2)).toEpochMilli());
            assertThat(control.reset(new ResetTrafficUseCase.Command(ADMIN, id)))
                    .isEqualTo(new ResetTrafficUseCase.Reset(false));
            assertThat(subscriptions.findById(id).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(audit.count()).isEqualTo(3);
        }
    }

    @Test
    void suspendThenResume_onALegacyPanel_cutsTheClientAndRestoresItWithTheExpiryMovedOn() {
        suspendsAndResumesOn(FakeThreeXuiPanel.Version.V2_8);
    }

    @Test
    void suspendThenResume_onTheV31ClientsApi_cutsTheClientAndRestoresItWithTheExpiryMovedOn() {
        suspendsAndResumesOn(FakeThreeXuiPanel.Version.V3_1);
    }
}
