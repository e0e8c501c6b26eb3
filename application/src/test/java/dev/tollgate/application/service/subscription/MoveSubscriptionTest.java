package dev.tollgate.application.service.subscription;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.ListLocationsUseCase.Location;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase.Command;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase.Moved;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase.Reason;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase.Refused;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase.Targets;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase.Underway;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionMove;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quarter plan grants the "europe" group: de-1 (where it is bought), nl-1, fr-1 and the Trojan server tr-1. */
class MoveSubscriptionTest {

    private static final ServerId DE = new ServerId("de-1");
    private static final ServerId NL = new ServerId("nl-1");
    private static final ServerId FR = new ServerId("fr-1");

    private final TestCore f = new TestCore();
    private final InMemoryPanelGateway amsterdam = new InMemoryPanelGateway();
    private final InMemoryPanelGateway paris = new InMemoryPanelGateway();
    private final TelegramUserId ann = f.contact(4100);

    MoveSubscriptionTest() {
        ServerSettings trojan = new ServerSettings(new ServerId("tr-1"), "memory", "Trojan", Protocol.TROJAN,
                new PanelConnection("memory", "trojan-in", null, null, null, Map.of()),
                new PublicEndpoint("tr.example.com", 443, Map.of()));
        f.servers.add(FixedServers.vlessServer("nl-1"), amsterdam).add(FixedServers.vlessServer("fr-1"), paris)
                .add(trojan, new InMemoryPanelGateway());
        f.groups.put("nl-1", "europe").put("fr-1", "europe").put("tr-1", "europe");
    }

    private Subscription quarterOnDe(TelegramUserId user) {
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(user, QUARTER, Currency.XTR, DE, null));
        f.pay(order, xtr(600));
        return f.subscriptions.findByOwner(user).get(0);
    }

    private Subscription stored(Subscription s) {
        return f.subscriptions.findById(s.id()).orElseThrow();
    }

    @Test
    void move_createsTheClientOnTheNewServer_removesTheOldOne_andKeepsPaidTimeAndCredential() {
        Subscription bought = quarterOnDe(ann);
        Instant paidUntil = bought.expiresAt().orElseThrow();
        f.clock.advance(Duration.ofDays(10));

        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), NL))).isInstanceOfSatisfying(Moved.class,
                moved -> assertThat(moved.access().shareLink()).contains("nl-1.example.com"));

        Subscription after = stored(bought);
        assertThat(after.server()).isEqualTo(NL);
        assertThat(after.move()).isEqualTo(SubscriptionMove.NONE);
        assertThat(after.expiresAt()).contains(paidUntil);
        assertThat(after.credential()).isEqualTo(bought.credential());
        assertThat(amsterdam.client(bought.credential().email())).hasValueSatisfying(client -> {
            assertThat(client.enabled()).isTrue();
            assertThat(client.secret()).isEqualTo(bought.credential().secret());
            assertThat(client.expiresAt()).isEqualTo(paidUntil);
        });
        assertThat(f.panel.client(bought.credential().email())).isEmpty();
    }

    @Test
    void move_carriesTheTrafficUsedIntoTheQuota_onTheNewPanelToo() {
        Subscription bought = quarterOnDe(ann);
        f.panel.addTraffic(bought.credential().email(), DataSize.ofGibibytes(10).bytes(), DataSize.ofGibibytes(40).bytes());
        f.enforceLimits.enforce();
        assertThat(stored(bought).trafficUsed()).isEqualTo(DataSize.ofGibibytes(50));

        f.moveSubscription.move(new Command(ann, bought.id(), NL));

        Subscription after = stored(bought);
        assertThat(after.remainingTraffic()).contains(DataSize.ofGibibytes(150));
        assertThat(amsterdam.client(bought.credential().email()).orElseThrow().quota()).isEqualTo(DataSize.ofGibibytes(150));
        f.enforceLimits.enforce();
        assertThat(stored(bought).remainingTraffic()).contains(DataSize.ofGibibytes(150));
    }

    @Test
    void move_whileTheNewServerIsDown_keepsTheOldLocationWorking_andTheJobFinishesItLater() {
        Subscription bought = quarterOnDe(ann);
        amsterdam.goDown();

        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), NL))).isInstanceOf(Underway.class);
        assertThat(stored(bought).server()).isEqualTo(DE);
        assertThat(f.panel.grantsAccess(f.provisioner.clientFor(stored(bought), f.clock.instant()))).isTrue();
        assertThat(f.moveSubscription.resume()).isZero();

        amsterdam.comeBack();
        assertThat(f.moveSubscription.resume()).isEqualTo(1);
        assertThat(stored(bought).server()).isEqualTo(NL);
        assertThat(f.notifier.sent(dev.tollgate.application.port.out.Notice.SubscriptionMoved.class)).singleElement()
                .satisfies(n -> assertThat(n.access().shareLink()).contains("nl-1.example.com"));
        assertThat(amsterdam.clientCount()).isEqualTo(1);
        assertThat(f.panel.clientCount()).isZero();
        assertThat(f.moveSubscription.resume()).isZero();
    }

    @Test
    void worker_stoppedAfterTheNewClientWasCreated_resumesWithoutASecondClientOrLostAccess() {
        Subscription bought = quarterOnDe(ann);
        amsterdam.createButTimeOut(true); // the client is created, the answer is lost: as if the worker died there

        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), NL))).isInstanceOf(Underway.class);
        assertThat(f.panel.grantsAccess(f.provisioner.clientFor(stored(bought), f.clock.instant()))).isTrue();

        amsterdam.createButTimeOut(false);
        assertThat(f.moveSubscription.resume()).isEqualTo(1);
        assertThat(amsterdam.clientCount()).isEqualTo(1);
        assertThat(stored(bought).server()).isEqualTo(NL);
        assertThat(amsterdam.grantsAccess(f.provisioner.clientFor(stored(bought), f.clock.instant()))).isTrue();
    }

    @Test
    void move_whenTheOldServerIsDown_givesTheNewAccessNow_andRemovesTheOldClientWhenItIsBack() {
        Subscription bought = quarterOnDe(ann);
        f.panel.goDown();

        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), NL))).isInstanceOf(Moved.class);
        assertThat(stored(bought).move()).isEqualTo(new SubscriptionMove(null, DE));

        f.panel.comeBack();
        assertThat(f.panel.clientCount()).isEqualTo(1);
        assertThat(f.moveSubscription.resume()).isEqualTo(1);
        assertThat(f.panel.clientCount()).isZero();
        assertThat(f.notifier.sent(dev.tollgate.application.port.out.Notice.SubscriptionMoved.class))
                .as("the user was told at once").isEmpty();
        assertThat(stored(bought).move()).isEqualTo(SubscriptionMove.NONE);
    }

    @Test
    void move_tappedTwice_movesOnce_andTheSecondTapAnswersTheSame() {
        Subscription bought = quarterOnDe(ann);
        f.moveSubscription.move(new Command(ann, bought.id(), NL));
        int calls = amsterdam.createCalls();

        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), NL))).isInstanceOf(Moved.class);
        assertThat(amsterdam.createCalls()).isEqualTo(calls);
        assertThat(amsterdam.clientCount()).isEqualTo(1);
    }

    @Test
    void targets_areThePlansOtherServersWithRoomAndTheSameProtocol() {
        Subscription bought = quarterOnDe(ann);
        f.servers.add(FixedServers.vlessServer("fr-1").withCapacity(0, false), paris);

        assertThat(f.moveSubscription.targets(new Targets(ann, bought.id()))).extracting(Location::server).containsExactly(NL);
        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), FR))).isEqualTo(new Refused(Reason.LOCATION_FULL));
        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), new ServerId("tr-1"))))
                .isEqualTo(new Refused(Reason.NOT_A_LOCATION));
        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), new ServerId("us-9"))))
                .isEqualTo(new Refused(Reason.NOT_A_LOCATION));
        assertThat(stored(bought).move()).isEqualTo(SubscriptionMove.NONE);
    }

    @Test
    void move_ofSomeoneElsesSubscriptionOrATrial_isRefusedAndChangesNothing() {
        Subscription bought = quarterOnDe(ann);
        TelegramUserId bob = f.contact(4200);
        assertThat(f.moveSubscription.move(new Command(bob, bought.id(), NL))).isEqualTo(new Refused(Reason.UNKNOWN_SUBSCRIPTION));
        assertThat(f.moveSubscription.targets(new Targets(bob, bought.id()))).isEmpty();

        f.claimTrial.claim(new ClaimTrialUseCase.Command(bob));
        Subscription trial = f.subscriptions.findByOwner(bob).get(0);
        assertThat(f.moveSubscription.move(new Command(bob, trial.id(), NL))).isEqualTo(new Refused(Reason.NOT_MOVABLE));
        assertThat(stored(bought).server()).isEqualTo(DE);
        assertThat(amsterdam.clientCount()).isZero();
    }

    @Test
    void move_toAnotherServerWhileOneIsUnderWay_waits_andARevokeMeanwhileGivesTheMoveUp() {
        Subscription bought = quarterOnDe(ann);
        amsterdam.createButTimeOut(true);
        f.moveSubscription.move(new Command(ann, bought.id(), NL));

        assertThat(f.moveSubscription.move(new Command(ann, bought.id(), FR))).isEqualTo(new Refused(Reason.ALREADY_MOVING));

        f.revokeAccess.revoke(new RevokeAccessUseCase.Command(ADMIN, bought.id()));
        amsterdam.createButTimeOut(false);
        f.moveSubscription.resume();
        assertThat(stored(bought).move()).isEqualTo(SubscriptionMove.NONE);
        assertThat(stored(bought).server()).isEqualTo(DE);
        assertThat(amsterdam.clientCount()).isZero();
    }
}
