package dev.tollgate.application.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPanelStatuses;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reconciliation of a panel that lists its clients: the shop's own clients put back, foreign ones left alone. */
class DriftRepairTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    private final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel);
    private final SubscriptionProvisioner provisioner = new SubscriptionProvisioner(subscriptions, servers, servers,
            new InMemoryTransactionRunner(), new ShareLinks(), clock);
    private final InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();
    private final RecordingAdminAlerts alerts = new RecordingAdminAlerts();
    private final ReconcilePanelsService reconcile = new ReconcilePanelsService(servers, servers, subscriptions,
            provisioner, new CheckPanelsService(servers, servers, statuses, clock), statuses, alerts, clock);

    @Test
    void reconcile_whenAnAdminDeletedOrEditedTheShopsClients_putsThemBackAndTellsTheAdminsOnce() {
        Subscription deleted = active(1);
        Subscription disabled = active(2);
        Subscription shortened = active(3);
        Subscription fine = active(4);
        panel.deleteBehindTheShopsBack(deleted.credential().email());
        panel.editBehindTheShopsBack(disabled.credential().email(), c -> c.withEnabled(false));
        panel.editBehindTheShopsBack(shortened.credential().email(), c -> new PanelClient(c.email(), c.secret(),
                c.protocol(), DataSize.ofGibibytes(1), clock.instant().plus(Duration.ofDays(1)), null, true, c.owner(),
                c.subscriptionKey(), c.deviceLimit()));
        int createsBefore = panel.createCalls();

        assertThat(reconcile.reconcile().driftRepaired()).isEqualTo(3);

        assertThat(panel.grantsAccess(provisioner.clientFor(deleted, clock.instant()))).isTrue();
        assertThat(panel.grantsAccess(provisioner.clientFor(disabled, clock.instant()))).isTrue();
        PanelClient restored = panel.client(shortened.credential().email()).orElseThrow();
        assertThat(restored.quota()).isEqualTo(DataSize.ofGibibytes(10));
        assertThat(restored.expiresAt()).isEqualTo(shortened.expiresAt().orElseThrow());
        assertThat(panel.createCalls() - createsBefore).as("the fine client is not touched").isEqualTo(3);
        assertThat(panel.client(fine.credential().email())).isPresent();
        assertThat(alerts.alerts()).singleElement().isInstanceOfSatisfying(AdminAlert.PanelDrift.class, drift -> {
            assertThat(drift.recreated()).isEqualTo(1);
            assertThat(drift.corrected()).isEqualTo(2);
            assertThat(drift.examples()).contains("re-created: " + deleted.credential().email());
        });

        assertThat(reconcile.reconcile().driftRepaired()).as("nothing left to repair").isZero();
        assertThat(alerts.alerts()).hasSize(1);
    }

    @Test
    void reconcile_ofForeignClientsAndUnknownOnesInTheShopsStyle_touchesNeitherAndCountsThem() {
        active(5);
        Subscription gone = active(6);
        PanelClient foreign = new PanelClient("alice@partner", "f00d", Protocol.VLESS, DataSize.ZERO, null, null, true,
                new TelegramUserId(99), "alice", 0);
        PanelClient lookalike = new PanelClient("tg77-0badcafe", "beef", Protocol.VLESS, DataSize.ZERO, null, null, false,
                new TelegramUserId(77), "x", 0);
        panel.addForeign(foreign);
        panel.createClient(lookalike);
        panel.deleteBehindTheShopsBack(gone.credential().email());

        reconcile.reconcile();

        assertThat(panel.client("alice@partner")).contains(foreign);
        assertThat(panel.client("tg77-0badcafe")).contains(lookalike);
        assertThat(alerts.alerts()).singleElement().isInstanceOfSatisfying(AdminAlert.PanelDrift.class, drift -> {
            assertThat(drift.foreign()).isEqualTo(1);
            assertThat(drift.unknownOurs()).isEqualTo(1);
            assertThat(drift.examples()).contains("unknown: tg77-0badcafe").noneMatch(e -> e.contains("alice"));
        });
    }

    @Test
    void reconcile_ofAnEndedSubscriptionWhoseClientWasEnabledAgain_disablesIt() {
        Subscription ended = active(7);
        clock.advance(Duration.ofDays(31));
        ended.expire(clock.instant());
        subscriptions.update(ended);
        panel.editBehindTheShopsBack(ended.credential().email(), c -> c.withEnabled(true));

        assertThat(reconcile.reconcile().driftRepaired()).isEqualTo(1);

        assertThat(panel.client(ended.credential().email()).orElseThrow().enabled()).isFalse();
        assertThat(((AdminAlert.PanelDrift) alerts.alerts().get(0)).disabled()).isEqualTo(1);
    }

    @Test
    void reconcile_ofAClientDisabledAtTheEndOfItsQuota_leavesItDisabled() {
        Subscription used = active(8);
        used.recordUsage(DataSize.ofGibibytes(10), clock.instant());
        subscriptions.update(used);
        panel.editBehindTheShopsBack(used.credential().email(), c -> c.withEnabled(false));

        assertThat(reconcile.reconcile().driftRepaired()).isZero();
        assertThat(panel.client(used.credential().email()).orElseThrow().enabled()).isFalse();
    }

    private Subscription active(long user) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        Subscription subscription = Subscription.createPending(id, new TelegramUserId(user), SubscriptionKind.PAID,
                servers.all().get(0).id(), ClientCredential.issue(new TelegramUserId(user), id, Protocol.VLESS, null),
                Duration.ofDays(30), DataSize.ofGibibytes(10), clock.instant());
        subscription.activate(clock.instant());
        subscriptions.insert(subscription);
        Subscription stored = subscriptions.findById(id).orElseThrow();
        panel.createClient(provisioner.clientFor(stored, clock.instant()));
        return stored;
    }
}
