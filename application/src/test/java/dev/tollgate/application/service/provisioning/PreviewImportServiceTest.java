package dev.tollgate.application.service.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.port.in.PreviewImportUseCase;
import dev.tollgate.application.port.in.PreviewImportUseCase.Candidate;
import dev.tollgate.application.port.in.PreviewImportUseCase.Match;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PreviewImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    private final InMemoryPanelGateway core = InMemoryPanelGateway.bareCore();
    private final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel)
            .add(FixedServers.vlessServer("core-1"), core);
    private final PreviewImportService preview = new PreviewImportService(servers, servers, subscriptions, customers);

    private static PanelClient client(String email, long telegramId, boolean enabled) {
        return new PanelClient(email, UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(20),
                NOW.plus(Duration.ofDays(10)), null, enabled, new TelegramUserId(telegramId), "sub", 2);
    }

    @Test
    void preview_ofAPanelWithExistingClients_matchesByTelegramIdThenEmailConventionAndChangesNothing() {
        customers.insert(Customer.firstContact(new TelegramUserId(501), Language.EN, NOW));
        panel.createClient(client("alice", 501, true));
        panel.createClient(client("tg502-0a1b2c3d", 1, false));
        panel.createClient(client("bob@old-shop", 1, true));
        panel.addTraffic("alice", 1_000, 9_000);
        Subscription ours = Subscription.createPending(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(503),
                SubscriptionKind.PAID, new ServerId("de-1"), new ClientCredential("tg503-ffffffff", "s"), Duration.ofDays(30),
                DataSize.ZERO, NOW);
        subscriptions.insert(ours);
        panel.createClient(client("tg503-ffffffff", 503, true));
        int before = panel.clientCount();

        var result = (PreviewImportUseCase.Preview) preview.preview(new PreviewImportUseCase.Command(new ServerId("de-1")));

        assertThat(result.alreadyTheShops()).isEqualTo(1);
        assertThat(result.candidates()).extracting(Candidate::email, Candidate::match)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", Match.TELEGRAM_ID),
                        org.assertj.core.groups.Tuple.tuple("bob@old-shop", Match.TELEGRAM_ID),
                        org.assertj.core.groups.Tuple.tuple("tg502-0a1b2c3d", Match.TELEGRAM_ID));
        Candidate alice = result.candidates().get(0);
        assertThat(alice.user()).contains(new TelegramUserId(501));
        assertThat(alice.knownCustomer()).isTrue();
        assertThat(alice.used()).isEqualTo(DataSize.ofBytes(10_000));
        assertThat(alice.quota()).isEqualTo(DataSize.ofGibibytes(20));
        assertThat(alice.expiresAt()).contains(NOW.plus(Duration.ofDays(10)));
        assertThat(panel.clientCount()).as("a dry run changes nothing").isEqualTo(before);
        assertThat(subscriptions.findByOwner(new TelegramUserId(501))).isEmpty();
    }

    @Test
    void preview_ofABareCoreOrAnUnknownServer_isRefusedWithTheReason() {
        assertThat(preview.preview(new PreviewImportUseCase.Command(new ServerId("core-1"))))
                .isEqualTo(new PreviewImportUseCase.Refused(PreviewImportUseCase.Reason.CANNOT_LIST, "memory"));
        assertThat(preview.preview(new PreviewImportUseCase.Command(new ServerId("xx-9"))))
                .isInstanceOfSatisfying(PreviewImportUseCase.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PreviewImportUseCase.Reason.UNKNOWN_SERVER));
        panel.goDown();
        assertThat(preview.preview(new PreviewImportUseCase.Command(new ServerId("de-1"))))
                .isInstanceOfSatisfying(PreviewImportUseCase.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(PreviewImportUseCase.Reason.PANEL_UNAVAILABLE));
    }
}
