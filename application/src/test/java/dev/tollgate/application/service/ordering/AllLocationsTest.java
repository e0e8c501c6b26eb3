package dev.tollgate.application.service.ordering;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedFeedTokens;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPanelStatuses;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.feed.SubscriptionFeedService;
import dev.tollgate.application.service.provisioning.CheckPanelsService;
import dev.tollgate.application.service.provisioning.ReconcilePanelsService;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An all-locations plan over the "europe" group: de-1, nl-1 and fr-1, one purchase on all three. */
class AllLocationsTest {

    private static final PlanId EVERYWHERE = new PlanId("everywhere");
    private static final List<ServerId> EUROPE = List.of(new ServerId("de-1"), new ServerId("nl-1"), new ServerId("fr-1"));

    private final TestCore f = new TestCore();
    private final InMemoryPanelGateway amsterdam = new InMemoryPanelGateway();
    private final InMemoryPanelGateway paris = new InMemoryPanelGateway();
    private final TelegramUserId ann = f.contact(8100);

    AllLocationsTest() {
        f.servers.add(FixedServers.vlessServer("nl-1"), amsterdam).add(FixedServers.vlessServer("fr-1"), paris);
        f.groups.put("nl-1", "europe").put("fr-1", "europe");
        f.plans.insert(Plan.create(EVERYWHERE, "Everywhere", new PlanTerms(EVERYWHERE, Duration.ofDays(30),
                        DataSize.ofGibibytes(100), 0, false, RenewalPolicy.STACK_BOTH), Map.of(Currency.XTR, xtr(900)),
                Set.of(), Set.of("europe"), f.clock.instant()).withAllLocations(true));
    }

    private List<InMemoryPanelGateway> panels() {
        return List.of(f.panel, amsterdam, paris);
    }

    private Subscription buy() {
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(ann, EVERYWHERE, Currency.XTR, null, null));
        f.pay(order, xtr(900));
        return f.subscriptions.findByOwner(ann).get(0);
    }

    private Subscription stored(Subscription s) {
        return f.subscriptions.findById(s.id()).orElseThrow();
    }

    @Test
    void purchase_isOneSubscriptionWithOneCredential_andAClientOnEachOfTheThreeServers() {
        assertThat(f.listLocations.list(new ListLocationsUseCase.Command(EVERYWHERE))).as("nothing to choose").isEmpty();

        Subscription bought = buy();

        assertThat(f.subscriptions.findByOwner(ann)).hasSize(1);
        assertThat(bought.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.subscriptions.serversOf(bought)).containsExactlyInAnyOrderElementsOf(EUROPE);
        for (InMemoryPanelGateway panel : panels()) {
            assertThat(panel.clientCount()).isEqualTo(1);
            assertThat(panel.grantsAccess(f.provisioner.clientFor(bought, f.clock.instant()))).isTrue();
        }
        assertThat(f.subscriptions.countLiveByServer()).containsEntry(EUROPE.get(1), 1L).containsEntry(EUROPE.get(2), 1L);
        assertThat(f.moveSubscription.targets(new MoveSubscriptionUseCase.Targets(ann, bought.id()))).isEmpty();
    }

    @Test
    void mySubscriptions_showTheLinkOnEveryServer_withTheOneCredential() {
        Subscription bought = buy();

        List<dev.tollgate.application.port.model.AccessDetails> shown =
                new dev.tollgate.application.service.subscription.ListSubscriptionsService(f.subscriptions, f.servers,
                        f.provisioner).list(new dev.tollgate.application.port.in.ListSubscriptionsUseCase.Command(ann));

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).elsewhere()).hasSize(2);
        assertThat(shown.get(0).elsewhere()).extracting(dev.tollgate.application.port.model.AccessDetails.Location::shareLink)
                .allMatch(link -> link.contains(bought.credential().secret()))
                .anyMatch(link -> link.contains("nl-1.example.com")).anyMatch(link -> link.contains("fr-1.example.com"));
        assertThat(shown.get(0).shareLink()).doesNotContain("nl-1.example.com", "fr-1.example.com");
    }

    @Test
    void renewal_once_extendsTheSameClientOnEveryServer() {
        Subscription bought = buy();
        Instant firstEnd = bought.expiresAt().orElseThrow();
        f.clock.advance(Duration.ofDays(10));

        OrderId renewal = f.place(PlaceOrderUseCase.Command.renewal(ann, bought.id(), Currency.XTR, null));
        f.pay(renewal, xtr(900));

        Subscription renewed = stored(bought);
        assertThat(renewed.expiresAt()).contains(firstEnd.plus(Duration.ofDays(30)));
        assertThat(f.subscriptions.findByOwner(ann)).hasSize(1);
        for (InMemoryPanelGateway panel : panels()) {
            PanelClient client = panel.client(bought.credential().email()).orElseThrow();
            assertThat(client.expiresAt()).isEqualTo(firstEnd.plus(Duration.ofDays(30)));
            assertThat(client.secret()).isEqualTo(bought.credential().secret());
            assertThat(panel.clientCount()).isEqualTo(1);
        }
    }

    @Test
    void feed_listsOneEntryPerServer_withTheOneCredential() {
        Subscription bought = buy();
        SubscriptionFeedService feeds = new SubscriptionFeedService(f.subscriptions, f.servers, new FixedFeedTokens(),
                new ShareLinks(), "https://shop.example.com/");

        SubscriptionFeedUseCase.Feed feed = feeds.feed("token-" + ann.value()).orElseThrow();

        assertThat(feed.entries()).extracting(SubscriptionFeedUseCase.Entry::host)
                .containsExactlyInAnyOrder("de-1.example.com", "nl-1.example.com", "fr-1.example.com");
        assertThat(feed.entries()).extracting(SubscriptionFeedUseCase.Entry::secret).containsOnly(bought.credential().secret());
        assertThat(feed.totalQuota()).isEqualTo(DataSize.ofGibibytes(100));
        assertThat(feed.commonExpiry()).isEqualTo(bought.expiresAt().orElseThrow());
    }

    @Test
    void traffic_isSummedAcrossServers_andAUsedUpQuotaCutsEveryServer() {
        Subscription bought = buy();
        String email = bought.credential().email();
        long fortyGb = DataSize.ofGibibytes(40).bytes();
        f.panel.addTraffic(email, 0, fortyGb);
        amsterdam.addTraffic(email, 0, fortyGb);
        f.enforceLimits.enforce();
        assertThat(stored(bought).trafficUsed()).isEqualTo(DataSize.ofGibibytes(80));
        assertThat(stored(bought).status()).isEqualTo(SubscriptionStatus.ACTIVE);

        paris.addTraffic(email, 0, fortyGb);
        f.enforceLimits.enforce();

        assertThat(stored(bought).status()).isEqualTo(SubscriptionStatus.LIMITED);
        assertThat(stored(bought).trafficUsed()).isEqualTo(DataSize.ofGibibytes(120));
        for (InMemoryPanelGateway panel : panels()) {
            assertThat(panel.client(email).orElseThrow().enabled()).isFalse();
        }
    }

    @Test
    void revoke_removesTheClientFromEveryServer() {
        Subscription bought = buy();

        f.revokeAccess.revoke(new RevokeAccessUseCase.Command(ADMIN, bought.id()));

        assertThat(stored(bought).status()).isEqualTo(SubscriptionStatus.REVOKED);
        panels().forEach(panel -> assertThat(panel.clientCount()).isZero());
    }

    @Test
    void reconcile_afterOneOfTheServersRestarted_reappliesTheClientThere() {
        Subscription bought = buy();
        InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();
        ReconcilePanelsService reconcile = new ReconcilePanelsService(f.servers, f.servers, f.subscriptions, f.provisioner,
                new CheckPanelsService(f.servers, f.servers, statuses, f.clock), statuses, f.clock);
        reconcile.reconcile();

        paris.restartForgettingClients();
        reconcile.reconcile();

        assertThat(paris.grantsAccess(f.provisioner.clientFor(stored(bought), f.clock.instant()))).isTrue();
        assertThat(paris.clientCount()).isEqualTo(1);
    }

    @Test
    void grant_ofTheAllLocationsPlan_placesTheClientOnEveryServerToo() {
        f.grantAccess.grant(new dev.tollgate.application.port.in.GrantAccessUseCase.Command(ADMIN, ann, EVERYWHERE, null));

        Subscription granted = f.subscriptions.findByOwner(ann).get(0);
        assertThat(granted.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(f.subscriptions.serversOf(granted)).containsExactlyInAnyOrderElementsOf(EUROPE);
        panels().forEach(panel -> assertThat(panel.grantsAccess(f.provisioner.clientFor(granted, f.clock.instant()))).isTrue());
    }

    @Test
    void purchase_leavesOutAServerThatIsFullOrClosed() {
        f.servers.add(FixedServers.vlessServer("fr-1").withCapacity(0, false), paris);

        Subscription bought = buy();

        assertThat(f.subscriptions.serversOf(bought)).containsExactlyInAnyOrder(EUROPE.get(0), EUROPE.get(1));
        assertThat(paris.clientCount()).isZero();
    }
}
