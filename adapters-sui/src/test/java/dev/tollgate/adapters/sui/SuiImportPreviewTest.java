package dev.tollgate.adapters.sui;

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

/** The import dry run on the S-UI fake: S-UI has no Telegram id, so the email convention or nothing matches. */
class SuiImportPreviewTest {

    @Test
    void preview_onSui_matchesTheShopsEmailConventionLeavesOthersUnclaimedAndKeepsExpiryQuotaAndTraffic() {
        try (FakeSuiPanel panel = new FakeSuiPanel();
             PanelGateway gateway = new SuiPanelGateway(SuiGatewayContractBase.connection(panel, true))) {
            Instant expiry = Instant.parse("2031-05-01T12:00:00Z");
            gateway.createClient(new PanelClient("tg777-00c0ffee", UUID.randomUUID().toString(), Protocol.VLESS,
                    DataSize.ofGibibytes(30), expiry, null, true, new TelegramUserId(777), "k1", 0));
            gateway.createClient(new PanelClient("carol", UUID.randomUUID().toString(), Protocol.VLESS,
                    DataSize.ZERO, null, null, false, new TelegramUserId(9), "k2", 0));
            panel.addTraffic("carol", 300, 4_000);
            ServerSettings server = new ServerSettings(new ServerId("sui-1"), "s-ui", "S-UI", Protocol.VLESS,
                    SuiGatewayContractBase.connection(panel, true), new PublicEndpoint("vpn.example.com", 443, Map.of()));
            FixedServers servers = new FixedServers().add(server, gateway);

            var result = (PreviewImportUseCase.Preview) new PreviewImportService(servers, servers,
                    new InMemorySubscriptionRepository(), new InMemoryCustomerRepository())
                    .preview(new PreviewImportUseCase.Command(server.id()));

            assertThat(result.candidates()).extracting(Candidate::email, Candidate::match, Candidate::enabled)
                    .containsExactly(tuple("tg777-00c0ffee", Match.EMAIL_CONVENTION, true),
                            tuple("carol", Match.UNCLAIMED, false));
            Candidate ours = result.candidates().get(0);
            assertThat(ours.user()).contains(new TelegramUserId(777));
            assertThat(ours.knownCustomer()).isFalse();
            assertThat(ours.quota()).isEqualTo(DataSize.ofGibibytes(30));
            assertThat(ours.expiresAt()).contains(expiry);
            assertThat(result.candidates().get(1).used()).isEqualTo(DataSize.ofBytes(4_300));
            assertThat(result.candidates().get(1).user()).isEmpty();
        }
    }
}
