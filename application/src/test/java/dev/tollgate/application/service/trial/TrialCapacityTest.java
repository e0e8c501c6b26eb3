package dev.tollgate.application.service.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryTrialClaims;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Activated;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Reason;
import dev.tollgate.application.port.in.ClaimTrialUseCase.Refused;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.trial.TrialPolicy;
import dev.tollgate.domain.trial.TrialTerms;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Trials take a server's slots like purchases: a full trial server hands them on, or pauses them when named. */
class TrialCapacityTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryPanelGateway frankfurt = new InMemoryPanelGateway();
    private final InMemoryPanelGateway amsterdam = new InMemoryPanelGateway();
    private final InMemoryPanelGateway helsinki = new InMemoryPanelGateway();

    private ClaimTrialService trials(FixedServers servers) {
        return new ClaimTrialService(new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1))),
                new InMemoryTrialClaims(), subscriptions, servers, transactions,
                new SubscriptionProvisioner(subscriptions, servers, servers, transactions, new ShareLinks(), clock), clock);
    }

    private FixedServers threeServers(int roomOnFirst) {
        return new FixedServers()
                .add(FixedServers.vlessServer("de-1").withCapacity(roomOnFirst, true), frankfurt)
                .add(FixedServers.vlessServer("nl-1").withCapacity(5, true), amsterdam)
                .add(FixedServers.vlessServer("fi-1").withCapacity(5, true), helsinki);
    }

    private static ClaimTrialUseCase.Command user(long id) {
        return new ClaimTrialUseCase.Command(new TelegramUserId(id));
    }

    @Test
    void trial_whenTheFirstServerIsFull_goesToTheLeastLoadedServerWithRoom() {
        FixedServers servers = threeServers(1);
        subscriptions.insertActive(new ServerId("nl-1"), 50, clock.instant());
        ClaimTrialService trials = trials(servers);

        assertThat(trials.claim(user(1))).isInstanceOf(Activated.class);
        ClaimTrialUseCase.Result second = trials.claim(user(2));

        assertThat(second).isInstanceOfSatisfying(Activated.class, activated -> assertThat(subscriptions
                .findById(activated.access().subscription()).orElseThrow().server()).isEqualTo(new ServerId("fi-1")));
        assertThat(frankfurt.clientCount()).isEqualTo(1);
        assertThat(helsinki.clientCount()).isEqualTo(1);
    }

    @Test
    void trial_whenTheNamedTrialServerIsFull_isRefusedAsNotAvailableNow() {
        FixedServers servers = threeServers(1).namingTheTrialServer();
        ClaimTrialService trials = trials(servers);

        assertThat(trials.claim(user(1))).isInstanceOf(Activated.class);

        assertThat(trials.claim(user(2))).isEqualTo(new Refused(Reason.NO_SERVER_AVAILABLE));
        assertThat(amsterdam.clientCount() + helsinki.clientCount()).isZero();
        assertThat(trials.claim(user(2))).as("the refused user may claim later, nothing was used up")
                .isEqualTo(new Refused(Reason.NO_SERVER_AVAILABLE));
    }

    @Test
    void trial_whenEveryServerIsFullOrClosed_isRefused() {
        FixedServers servers = new FixedServers()
                .add(FixedServers.vlessServer("de-1").withCapacity(1, true), frankfurt)
                .add(FixedServers.vlessServer("nl-1").withCapacity(0, false), amsterdam);
        ClaimTrialService trials = trials(servers);
        assertThat(trials.claim(user(1))).isInstanceOf(Activated.class);

        assertThat(trials.claim(user(2))).isEqualTo(new Refused(Reason.NO_SERVER_AVAILABLE));
        assertThat(amsterdam.clientCount()).isZero();
    }
}
