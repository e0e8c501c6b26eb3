package dev.tollgate.application.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPanelStatuses;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelStatus;
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
    private final InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();
    private final CheckPanelsService checks = new CheckPanelsService(servers, servers, statuses, clock);
    private final ReconcilePanelsService reconcile =
            new ReconcilePanelsService(servers, servers, subscriptions, provisioner, checks, statuses, clock);

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
        ReconcilePanelsService bareReconcile = new ReconcilePanelsService(bareServers, bareServers, subscriptions,
                bareProvisioner, new CheckPanelsService(bareServers, bareServers, statuses, clock), statuses, clock);
        Subscription active = activeSubscription(4);

        assertThat(bareReconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 1));
        assertThat(bare.client(active.credential().email())).isPresent();
        assertThat(bareReconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(1, 0, 0));
    }

    @Test
    void reconcile_afterARestartThatAHealthCheckSawFirst_stillReappliesTheClients() {
        Subscription active = activeSubscription(5);
        reconcile.reconcile();
        core.restartForgettingClients();

        // The check job (which /health, metrics and the bot read) runs between two reconciliations, several times.
        assertThat(checks.check().restartsSeen()).isEqualTo(1);
        assertThat(checks.check().restartsSeen()).isZero();
        assertThat(statuses.find(servers.all().get(0).id()).orElseThrow().restartPending()).isTrue();

        assertThat(reconcile.reconcile().clientsReapplied()).isEqualTo(1);
        assertThat(core.client(active.credential().email())).isPresent();
        assertThat(statuses.find(servers.all().get(0).id()).orElseThrow().restartPending()).isFalse();
        assertThat(reconcile.reconcile().clientsReapplied()).isZero();
    }

    @Test
    void reconcile_whenReapplyingAfterARestartFails_keepsTheSignalForTheNextRun() {
        Subscription active = activeSubscription(6);
        reconcile.reconcile();
        core.restartForgettingClients();
        checks.check();
        core.createButTimeOut(true);
        core.goDown();
        // Down: nothing is taken, the signal waits for the core to come back.
        assertThat(reconcile.reconcile()).isEqualTo(new ReconcilePanelsUseCase.Result(0, 1, 0));
        core.comeBack();
        reconcile.reconcile();
        assertThat(statuses.find(servers.all().get(0).id()).map(PanelStatus::restartPending)).contains(true);

        core.createButTimeOut(false);
        assertThat(reconcile.reconcile().clientsReapplied()).isEqualTo(1);
        assertThat(core.client(active.credential().email())).isPresent();
        assertThat(statuses.find(servers.all().get(0).id()).map(PanelStatus::restartPending)).contains(false);
    }

    @Test
    void reconcile_whenTheSubscriptionsCannotBeReadAfterTakingTheSignal_keepsItForTheNextRun() {
        Subscription active = activeSubscription(7);
        java.util.concurrent.atomic.AtomicBoolean databaseBusy = new java.util.concurrent.atomic.AtomicBoolean();
        dev.tollgate.application.port.out.SubscriptionRepository flaky = (dev.tollgate.application.port.out.SubscriptionRepository)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {dev.tollgate.application.port.out.SubscriptionRepository.class}, (proxy, method, args) -> {
                            if (method.getName().equals("findActiveOnServer") && databaseBusy.get()) {
                                throw new IllegalStateException("lock timeout");
                            }
                            try {
                                return method.invoke(subscriptions, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        ReconcilePanelsService flakyReconcile = new ReconcilePanelsService(servers, servers, flaky, provisioner, checks,
                statuses, clock);
        flakyReconcile.reconcile();
        core.restartForgettingClients();

        databaseBusy.set(true);
        assertThat(flakyReconcile.reconcile().clientsReapplied()).isZero();
        assertThat(statuses.find(servers.all().get(0).id()).map(PanelStatus::restartPending)).contains(true);

        databaseBusy.set(false);
        assertThat(flakyReconcile.reconcile().clientsReapplied()).isEqualTo(1);
        assertThat(core.client(active.credential().email())).isPresent();
        assertThat(statuses.find(servers.all().get(0).id()).map(PanelStatus::restartPending)).contains(false);
    }

    @Test
    void reconcile_whenABareCoreFirstSeenUpRefusesSomeClients_appliesThemAtTheNextRun() {
        InMemoryPanelGateway bare = InMemoryPanelGateway.bareCore();
        FixedServers bareServers = new FixedServers().add(FixedServers.vlessServer("core-1"), bare);
        SubscriptionProvisioner bareProvisioner = new SubscriptionProvisioner(subscriptions, bareServers, bareServers,
                new InMemoryTransactionRunner(), new ShareLinks(), clock);
        ReconcilePanelsService bareReconcile = new ReconcilePanelsService(bareServers, bareServers, subscriptions,
                bareProvisioner, new CheckPanelsService(bareServers, bareServers, statuses, clock), statuses, clock);
        Subscription active = activeSubscription(8);
        bare.createButTimeOut(true);

        assertThat(bareReconcile.reconcile().clientsReapplied()).isZero();
        bare.createButTimeOut(false);
        assertThat(bareReconcile.reconcile().clientsReapplied()).isEqualTo(1);
        assertThat(bare.client(active.credential().email())).isPresent();
        assertThat(bareReconcile.reconcile().clientsReapplied()).isZero();
    }

    @Test
    void check_recordsEveryServerWithItsLatencyAndDetail() {
        core.goDown();
        checks.check();

        PanelStatus status = statuses.find(servers.all().get(0).id()).orElseThrow();
        assertThat(status.reachable()).isFalse();
        assertThat(status.detail()).contains("down");
        assertThat(status.checkedAt()).isEqualTo(clock.instant());
        assertThat(status.latency()).as("the clock did not move").isEqualTo(Duration.ZERO);
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
