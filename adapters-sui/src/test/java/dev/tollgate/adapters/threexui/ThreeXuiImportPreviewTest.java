package dev.tollgate.adapters.threexui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.port.in.PreviewImportUseCase;
import dev.tollgate.application.port.in.PreviewImportUseCase.Candidate;
import dev.tollgate.application.port.in.PreviewImportUseCase.Match;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.service.provisioning.PreviewImportService;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The import dry run on the 3x-UI fake: both the legacy inbound and the v3.1 client list carry each {@code tgId}. */
class ThreeXuiImportPreviewTest {

    private static PreviewImportUseCase.Preview preview(FakeThreeXuiPanel.Version version) {
        try (FakeThreeXuiPanel panel = new FakeThreeXuiPanel(version, "vless");
             PanelGateway gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, false, "1"))) {
            gateway.createClient(new PanelClient("dave", UUID.randomUUID().toString(), Protocol.VLESS,
                    DataSize.ofGibibytes(30), Instant.parse("2031-05-01T12:00:00Z"), null, true, new TelegramUserId(4242),
                    "k1", 2));
            gateway.createClient(new PanelClient("tg88-0123abcd", UUID.randomUUID().toString(), Protocol.VLESS,
                    DataSize.ZERO, null, null, true, new TelegramUserId(88), "k2", 0));
            panel.addTraffic("dave", 100, 900);
            ServerSettings server = new ServerSettings(new ServerId("x-1"), "3x-ui", "3x-UI", Protocol.VLESS,
                    ThreeXuiGatewayContractBase.connection(panel, false, "1"),
                    new PublicEndpoint("vpn.example.com", 443, Map.of()));
            FixedServers servers = new FixedServers().add(server, gateway);
            return (PreviewImportUseCase.Preview) new PreviewImportService(servers, servers,
                    new InMemorySubscriptionRepository(), new InMemoryCustomerRepository())
                    .preview(new PreviewImportUseCase.Command(server.id()));
        }
    }

    @Test
    void preview_onALegacyPanel_matchesByTheClientsTelegramIdAndKeepsQuotaExpiryAndTraffic() {
        var result = preview(FakeThreeXuiPanel.Version.V2_8);

        assertThat(result.candidates()).extracting(Candidate::email, Candidate::match, Candidate::user)
                .containsExactly(tuple("dave", Match.TELEGRAM_ID, java.util.Optional.of(new TelegramUserId(4242))),
                        tuple("tg88-0123abcd", Match.TELEGRAM_ID, java.util.Optional.of(new TelegramUserId(88))));
        Candidate dave = result.candidates().get(0);
        assertThat(dave.quota()).isEqualTo(DataSize.ofGibibytes(30));
        assertThat(dave.expiresAt()).contains(Instant.parse("2031-05-01T12:00:00Z"));
        assertThat(dave.used()).isEqualTo(DataSize.ofBytes(1_000));
    }

    @Test
    void preview_onV31_readsTheTelegramIdFromTheClientRecordsList() {
        var result = preview(FakeThreeXuiPanel.Version.V3_1);

        assertThat(result.candidates()).extracting(Candidate::email, Candidate::match)
                .containsExactly(tuple("dave", Match.TELEGRAM_ID), tuple("tg88-0123abcd", Match.TELEGRAM_ID));
        assertThat(result.candidates().get(0).used()).isEqualTo(DataSize.ofBytes(1_000));
        assertThat(result.candidates().get(0).expiresAt()).contains(Instant.parse("2031-05-01T12:00:00Z"));
    }
}
