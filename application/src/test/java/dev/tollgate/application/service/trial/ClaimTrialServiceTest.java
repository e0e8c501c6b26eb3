package dev.tollgate.application.service.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryTrialClaims;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingCustomerNotifier;
import dev.tollgate.application.port.in.ActivatePendingSubscriptionsUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Activated;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Pending;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Reason;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Refused;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.service.customer.RegisterContactService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.provisioning.ActivatePendingSubscriptionsService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.trial.TrialPolicy;
import dev.tollgate.domain.trial.TrialTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimTrialServiceTest {

    private static final TelegramUserId ALICE = new TelegramUserId(1001);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryTrialClaims claims = new InMemoryTrialClaims();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    private final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel);
    private final RecordingCustomerNotifier notifier = new RecordingCustomerNotifier();
    private final SubscriptionProvisioner provisioner =
            new SubscriptionProvisioner(subscriptions, servers, servers, transactions, new ShareLinks(), clock);
    private final ClaimTrialService trials = new ClaimTrialService(
            new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1))), claims, subscriptions,
            servers, transactions, provisioner, clock);
    private final ActivatePendingSubscriptionsService retry =
            new ActivatePendingSubscriptionsService(subscriptions, customers, provisioner, notifier, clock);

    @Test
    void claim_whenFirstTime_provisionsTheClientAndReturnsItsLink() {
        new RegisterContactService(customers, transactions, clock).register(new RegisterContactUseCase.Command(ALICE, "ru"));

        ClaimTrialUseCase.Result result = trials.claim(new ClaimTrialUseCase.Command(ALICE));

        assertThat(result).isInstanceOf(Activated.class);
        Activated activated = (Activated) result;
        assertThat(activated.access().shareLink()).startsWith("vless://").contains("@de-1.example.com:443?");
        assertThat(activated.access().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
        assertThat(activated.access().quota()).isEqualTo(DataSize.ofGibibytes(1));
        assertThat(activated.access().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(panel.clientCount()).isEqualTo(1);
        Subscription stored = subscriptions.findById(activated.access().subscription()).orElseThrow();
        assertThat(activated.access().shareLink()).contains(stored.credential().secret());
        assertThat(panel.client(stored.credential().email()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void claim_secondTime_isRefusedAndProvisionsNothing() {
        trials.claim(new ClaimTrialUseCase.Command(ALICE));
        int callsAfterFirst = panel.createCalls();

        ClaimTrialUseCase.Result second = trials.claim(new ClaimTrialUseCase.Command(ALICE));

        assertThat(second).isEqualTo(new Refused(Reason.ALREADY_CLAIMED));
        assertThat(panel.createCalls()).isEqualTo(callsAfterFirst);
        assertThat(subscriptions.findByOwner(ALICE)).hasSize(1);
    }

    @Test
    void claim_whenUserAlreadyPaid_isRefusedAsAlreadyACustomer() {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        subscriptions.insert(Subscription.createPending(id, ALICE, SubscriptionKind.PAID, FixedServers.vlessServer("de-1").id(),
                new ClientCredential("tg1001-paid", UUID.randomUUID().toString()), Duration.ofDays(30),
                DataSize.ofGibibytes(50), clock.instant()));

        assertThat(trials.claim(new ClaimTrialUseCase.Command(ALICE))).isEqualTo(new Refused(Reason.ALREADY_A_CUSTOMER));
    }

    @Test
    void claim_whenNoServerIsConfigured_isRefusedWithoutStoringAnything() {
        FixedServers none = new FixedServers();
        ClaimTrialService withoutServers = new ClaimTrialService(
                new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1))), claims, subscriptions,
                none, transactions, provisioner, clock);

        assertThat(withoutServers.claim(new ClaimTrialUseCase.Command(ALICE))).isEqualTo(new Refused(Reason.NO_SERVER_AVAILABLE));
        assertThat(claims.hasClaimed(ALICE)).isFalse();
    }

    @Test
    void claim_whenPanelIsDown_keepsThePendingTrialAndTheRetryJobCompletesIt() {
        new RegisterContactService(customers, transactions, clock).register(new RegisterContactUseCase.Command(ALICE, "fa"));
        panel.goDown();

        ClaimTrialUseCase.Result result = trials.claim(new ClaimTrialUseCase.Command(ALICE));

        assertThat(result).isInstanceOf(Pending.class);
        SubscriptionId id = ((Pending) result).subscription();
        assertThat(subscriptions.findById(id).orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
        assertThat(retry.activatePending(new ActivatePendingSubscriptionsUseCase.Command(10)))
                .isEqualTo(new ActivatePendingSubscriptionsUseCase.Result(0, 1));
        assertThat(notifier.sent()).isEmpty();

        panel.comeBack();
        clock.advance(Duration.ofHours(2));
        assertThat(retry.activatePending(new ActivatePendingSubscriptionsUseCase.Command(10)))
                .isEqualTo(new ActivatePendingSubscriptionsUseCase.Result(1, 0));

        Subscription active = subscriptions.findById(id).orElseThrow();
        assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(active.expiresAt()).contains(clock.instant().plus(Duration.ofDays(1)));
        assertThat(notifier.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.user()).isEqualTo(ALICE);
            assertThat(sent.language()).isEqualTo(Language.FA);
            assertThat(((Notice.AccessReady) sent.notice()).access().shareLink()).contains(active.credential().secret());
        });
        assertThat(retry.activatePending(new ActivatePendingSubscriptionsUseCase.Command(10)))
                .isEqualTo(new ActivatePendingSubscriptionsUseCase.Result(0, 0));
        assertThat(notifier.sent()).hasSize(1);
        assertThat(trials.claim(new ClaimTrialUseCase.Command(ALICE))).isEqualTo(new Refused(Reason.ALREADY_CLAIMED));
    }

    @Test
    void activatePending_leavesYoungTrialsToTheUsersRequest_andSkipsOnesAlreadyActivated() {
        new RegisterContactService(customers, transactions, clock).register(new RegisterContactUseCase.Command(ALICE, "en"));
        panel.goDown();
        SubscriptionId id = ((Pending) trials.claim(new ClaimTrialUseCase.Command(ALICE))).subscription();
        panel.comeBack();

        ActivatePendingSubscriptionsUseCase.Command withGrace = new ActivatePendingSubscriptionsUseCase.Command(10, Duration.ofSeconds(30));
        assertThat(retry.activatePending(withGrace)).isEqualTo(new ActivatePendingSubscriptionsUseCase.Result(0, 1));
        assertThat(panel.clientCount()).isZero();

        // Another caller activates it first (the user's request, or a second instance): the job must not notify.
        provisioner.provision(subscriptions.findById(id).orElseThrow());
        clock.advance(Duration.ofMinutes(1));
        assertThat(retry.activatePending(withGrace)).isEqualTo(new ActivatePendingSubscriptionsUseCase.Result(0, 0));
        assertThat(notifier.sent()).isEmpty();
    }
}
