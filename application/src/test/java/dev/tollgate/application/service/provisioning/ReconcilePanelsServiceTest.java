package dev.tollgate.application.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcilePanelsServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryPanelGateway core = new InMemoryPanelGateway();
    private final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("core-1"), core);
    private final SubscriptionProvisioner provisioner = new SubscriptionProvisioner(subscriptions, servers, servers,
            new InMemoryTransactionRunner(), new ShareLinks(), clock);
    private final ReconcilePanelsService reconcile =
            new ReconcilePanelsService(servers, servers, subscriptions, provisioner, clock);

    @Test
    void reconcile_afterCoreRestart_reappliesEveryActiveClientOnce() {
        Subscription active = activeSubscription(1);
        Subscription pending = Subscription.createPending(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(2),
                SubscriptionKind.TRIAL, servers.all().get(0).id(), new ClientCredential("tg2-pending", UUID.randomUUID().toString()),
                Duration.ofDays(1), DataSize.ofGibibytes(1), clock.instant());
        subscriptions.insert(pending);

        assertThat(reconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 0));
        core.restartForgettingClients();
        assertThat(reconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 1));

        PanelClient onCore = core.client(active.credential().email()).orElseThrow();
        assertThat(onCore.secret()).isEqualTo(active.credential().secret());
        assertThat(core.client("tg2-pending")).isEmpty();
        assertThat(reconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 0));
        assertThat(core.clientCount()).isEqualTo(1);
    }

    @Test
    void reconcile_whenABareCoreIsFirstSeenUp_appliesItsActiveClientsBecauseItMayHaveRestartedUnwatched() {
        InMemoryPanelGateway bare = InMemoryPanelGateway.bareCore();
        FixedServers bareServers = new FixedServers().add(FixedServers.vlessServer("core-1"), bare);
        SubscriptionProvisioner bareProvisioner = new SubscriptionProvisioner(subscriptions, bareServers, bareServers,
                new InMemoryTransactionRunner(), new ShareLinks(), clock);
        ReconcilePanelsService bareReconcile = new ReconcilePanelsService(bareServers, bareServers, subscriptions, bareProvisioner, clock);
        Subscription active = activeSubscription(4);

        assertThat(bareReconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 1));
        assertThat(bare.client(active.credential().email())).isPresent();
        assertThat(bareReconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 0));
    }

    @Test
    void reconcile_whenCoreIsDown_countsItAndTouchesNothing() {
        activeSubscription(3);
        core.goDown();
        assertThat(reconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(0, 1, 0));
    }

    private Subscription activeSubscription(long user) {
        Subscription subscription = Subscription.createPending(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(user),
                SubscriptionKind.PAID, servers.all().get(0).id(), new ClientCredential("tg" + user + "-active", UUID.randomUUID().toString()),
                Duration.ofDays(30), DataSize.ofGibibytes(10), clock.instant());
        subscription.activate(clock.instant());
        subscriptions.insert(subscription);
        return subscriptions.findById(subscription.id()).orElseThrow();
    }
}
