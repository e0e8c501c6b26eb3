package dev.tollgate.adapters.sui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.panelhttp.PanelHttp;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.in.ImportClientsUseCase.Imported;
import dev.tollgate.application.port.in.ImportClientsUseCase.Line;
import dev.tollgate.application.port.in.ImportClientsUseCase.Outcome;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.testing.Imports;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The import on the S-UI fake: rows made in the web UI carry a config for every protocol, so the credential is the
 * one of the inbound's type (trojan here); the slim list lacks it, so each row is read in full; S-UI's edit rewrites
 * the traffic counters and restarts the inbound, so the import writes nothing to the panel at all.
 */
class SuiImportTest {

    private static final Instant EXPIRY = Instant.parse("2031-05-01T12:00:00Z");

    private static ObjectNode webUiRow(String name, long inbound, long volume, long expiry, boolean delayStart,
                                       int resetDays, long up) {
        ObjectNode row = PanelHttp.json().createObjectNode();
        row.put("enable", true);
        row.put("name", name);
        ObjectNode config = row.putObject("config");
        config.putObject("vless").put("name", name).put("uuid", "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d").put("flow", "");
        config.putObject("trojan").put("name", name).put("password", "trojan-pw-" + name);
        row.putArray("inbounds").add(inbound);
        row.putArray("links");
        row.put("volume", volume);
        row.put("expiry", expiry);
        row.put("up", up);
        row.put("down", 0);
        row.put("desc", "");
        row.put("group", "");
        row.put("delayStart", delayStart);
        row.put("resetDays", resetDays);
        return row;
    }

    @Test
    void importClients_onSui_adoptsTheInboundTypesCredentialWritesNothingAndAdoptsNothingTwice() {
        try (FakeSuiPanel panel = new FakeSuiPanel();
             PanelGateway gateway = new SuiPanelGateway(SuiGatewayContractBase.connection(panel, true, "2"))) {
            panel.seed(webUiRow("tg777-00c0ffee", 2, DataSize.ofGibibytes(30).bytes(), EXPIRY.getEpochSecond(), false, 0,
                    5_000));
            panel.seed(webUiRow("walt", 2, 0, 0, true, 30, 0));
            panel.seed(webUiRow("zed", 1, 0, 0, false, 0, 0));
            ServerSettings server = new ServerSettings(new ServerId("sui-1"), "s-ui", "S-UI", Protocol.TROJAN,
                    SuiGatewayContractBase.connection(panel, true, "2"), new PublicEndpoint("vpn.example.com", 443, Map.of()));
            Imports imports = new Imports(new FixedServers().add(server, gateway));
            assertThat(gateway.capabilities()).contains(PanelCapability.READS_CLIENTS)
                    .doesNotContain(PanelCapability.MARKS_OWNERSHIP);

            Imported imported = imports.run(server.id(), false);

            assertThat(imported.lines()).extracting(Line::email, Line::outcome, Line::marked).containsExactlyInAnyOrder(
                    tuple("tg777-00c0ffee", Outcome.ADOPTED, false), tuple("walt", Outcome.UNCLAIMED, false));
            Subscription ours = imports.subscriptions.findByOwner(new TelegramUserId(777)).get(0);
            assertThat(ours.credential().secret()).isEqualTo("trojan-pw-tg777-00c0ffee");
            assertThat(ours.expiresAt()).contains(EXPIRY);
            assertThat(ours.quota()).isEqualTo(DataSize.ofGibibytes(30));
            assertThat(ours.trafficUsed()).isEqualTo(DataSize.ofBytes(5_000));
            assertThat(panel.saves()).isEmpty();

            Imported again = imports.run(server.id(), false);

            assertThat(again.lines()).isEmpty();
            assertThat(again.alreadyTheShops()).isEqualTo(2);

            String code = imported.lines().stream().filter(line -> line.email().equals("walt")).findFirst().orElseThrow()
                    .claimCode().orElseThrow();
            assertThat(imports.claims.claim(new ClaimSubscriptionUseCase.Command(new TelegramUserId(31), code)))
                    .isInstanceOf(ClaimSubscriptionUseCase.Claimed.class);
            Subscription walt = imports.subscriptions.findByOwner(new TelegramUserId(31)).get(0);
            assertThat(walt.credential().secret()).isEqualTo("trojan-pw-walt");
            assertThat(walt.awaitingFirstUse()).isTrue();
            assertThat(walt.term()).isEqualTo(Duration.ofDays(30));
            assertThat(panel.saves()).isEmpty();
        }
    }
}
