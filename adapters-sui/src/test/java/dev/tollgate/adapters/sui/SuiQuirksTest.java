package dev.tollgate.adapters.sui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.testing.LoopbackPanel;
import dev.tollgate.adapters.testing.LoopbackPanel.Reply;
import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelDuplicateClientException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The S-UI surprises of panel-api-facts.md sections 2 and 6, one test each, plus transport failures. */
class SuiQuirksTest {

    private final FakeSuiPanel panel = new FakeSuiPanel();
    private PanelGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        panel.close();
    }

    private PanelGateway open(boolean token) {
        return open(SuiGatewayContractBase.connection(panel, token));
    }

    private PanelGateway open(PanelConnection connection) {
        gateway = new SuiPanelGateway(connection);
        return gateway;
    }

    private static PanelClient client(String name) {
        return new PanelClient(name, UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(50),
                Instant.parse("2031-01-01T00:00:00Z"), null, true, new TelegramUserId(42), "sub-" + name, 2);
    }

    private JsonNode lastSaveData() throws Exception {
        List<Map<String, String>> saves = panel.saves();
        return LoopbackPanel.JSON.readTree(saves.get(saves.size() - 1).get("data"));
    }

    @Test
    public void token_isSentInTheTokenHeaderWithoutAnyLogin() {
        open(true).createClient(client("alice"));

        assertThat(panel.logins()).isZero();
        assertThat(panel.count("POST apiv2/save")).isEqualTo(1);
    }

    @Test
    public void invalidToken_withoutCredentials_isAnAuthenticationFailureWithThePanelsReason() {
        PanelConnection good = SuiGatewayContractBase.connection(panel, true);
        PanelGateway gateway = open(new PanelConnection(good.address(), "1", "", null, new Secret("expired"),
                good.options()));

        assertThatThrownBy(() -> gateway.createClient(client("alice")))
                .isInstanceOf(PanelAuthenticationException.class).hasMessageContaining("invalid token");
        assertThat(gateway.health().reachable()).isFalse();
    }

    @Test
    public void invalidToken_withCredentials_fallsBackToApiV1WithASession() {
        PanelConnection good = SuiGatewayContractBase.connection(panel, false);
        PanelGateway gateway = open(new PanelConnection(good.address(), "1", good.username(), good.password(),
                new Secret("expired"), good.options()));

        gateway.createClient(client("alice"));

        assertThat(panel.logins()).isEqualTo(1);
        assertThat(panel.count("POST api/save")).isEqualTo(1);
        assertThat(gateway.health().version()).contains("API v1");
    }

    @Test
    public void panelWithoutApiV2_fallsBackToApiV1WithASession() {
        panel.withoutApiV2();
        PanelConnection good = SuiGatewayContractBase.connection(panel, false);
        PanelGateway gateway = open(new PanelConnection(good.address(), "1", good.username(), good.password(),
                new Secret(FakeSuiPanel.TOKEN), good.options()));

        gateway.createClient(client("alice"));

        assertThat(panel.clientNamed("alice")).isNotNull();
        assertThat(panel.logins()).isEqualTo(1);
    }

    @Test
    public void expiredSession_answeredWithInvalidLogin_logsInAgainOnce() {
        PanelGateway gateway = open(false);
        gateway.createClient(client("alice"));
        panel.expireSessions();

        gateway.disableClient(client("alice").withEnabled(false));

        assertThat(panel.clientNamed("alice").path("enable").asBoolean()).isFalse();
        assertThat(panel.logins()).isEqualTo(2);
    }

    @Test
    public void wrongPassword_isAnAuthenticationFailure() {
        PanelConnection good = SuiGatewayContractBase.connection(panel, false);
        PanelGateway gateway = open(new PanelConnection(good.address(), "1", good.username(), new Secret("nope"), null,
                good.options()));

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelAuthenticationException.class)
                .hasMessageContaining("wrong user or password");
    }

    @Test
    public void createClient_savesFormEncodedWithLinksPresentAndNumericInboundIds() throws Exception {
        open(true).createClient(client("alice"));

        Map<String, String> save = panel.saves().get(0);
        assertThat(save).containsEntry("object", "clients").containsEntry("action", "new");
        JsonNode data = lastSaveData();
        assertThat(data.path("links").isArray()).isTrue();
        assertThat(data.path("inbounds").get(0).isNumber()).isTrue();
        assertThat(data.path("config").path("vless").path("name").asText()).isEqualTo("alice");
    }

    @Test
    public void createClient_writesVolumeInBytesAndExpiryInSeconds() {
        open(true).createClient(client("alice"));

        ObjectNode stored = panel.clientNamed("alice");
        assertThat(stored.path("volume").asLong()).isEqualTo(53_687_091_200L);
        assertThat(stored.path("expiry").asLong()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z").getEpochSecond());
    }

    @Test
    public void createClient_startingOnFirstUse_setsDelayStartWithTheTermInDays() {
        PanelClient trial = new PanelClient("trial", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(1),
                null, Duration.ofDays(3), true, new TelegramUserId(42), "sub-trial", 1);
        open(true).createClient(trial);

        ObjectNode stored = panel.clientNamed("trial");
        assertThat(stored.path("delayStart").asBoolean()).isTrue();
        assertThat(stored.path("resetDays").asLong()).isEqualTo(3);
        assertThat(stored.path("expiry").asLong()).isZero();
    }

    @Test
    public void updateClient_sendsTheFullRowSoConfigAndLinksSurviveTheEdit() throws Exception {
        PanelGateway gateway = open(true);
        PanelClient alice = client("alice");
        gateway.createClient(alice);

        gateway.updateClient(alice.withEnabled(false));

        JsonNode data = lastSaveData();
        assertThat(panel.saves().get(1)).containsEntry("action", "edit");
        assertThat(data.path("id").asLong()).isPositive();
        assertThat(data.path("links").size()).isPositive();
        assertThat(data.path("config").path("vless").path("uuid").asText()).isEqualTo(alice.secret());
        assertThat(panel.clientNamed("alice").path("config").path("vless").path("uuid").asText()).isEqualTo(alice.secret());
    }

    @Test
    public void deleteClient_sendsTheIdAsABareNumber() {
        PanelGateway gateway = open(true);
        gateway.createClient(client("alice"));
        long id = panel.clientNamed("alice").path("id").asLong();

        gateway.deleteClient(client("alice"));

        assertThat(panel.saves().get(1)).containsEntry("action", "del").containsEntry("data", Long.toString(id));
        assertThat(panel.clientNamed("alice")).isNull();
    }

    @Test
    public void createClient_whenThePanelAlreadyHoldsTwoClientsWithThatName_failsAsDuplicate() {
        for (int i = 0; i < 2; i++) {
            ObjectNode row = LoopbackPanel.JSON.createObjectNode();
            row.put("name", "alice").put("enable", true).putArray("inbounds").add(1);
            row.putArray("links");
            panel.seed(row);
        }

        assertThatThrownBy(() -> open(true).createClient(client("alice")))
                .isInstanceOf(PanelDuplicateClientException.class).hasMessageContaining("2 clients named alice");
    }

    @Test
    public void createClient_twice_keepsOneRowPerName() {
        PanelGateway gateway = open(true);
        gateway.createClient(client("alice"));
        gateway.createClient(client("alice"));

        assertThat(panel.saves()).extracting(save -> save.get("action")).containsExactly("new", "edit");
    }

    @Test
    public void resetTraffic_zeroesTheCountersOfThatClientOnly() {
        PanelGateway gateway = open(true);
        gateway.createClient(client("alice"));
        gateway.createClient(client("bob"));
        panel.addTraffic("alice", 5, 6);
        panel.addTraffic("bob", 7, 8);

        gateway.resetTraffic(client("alice"));

        assertThat(gateway.usage(client("alice"))).isEqualTo(TrafficUsage.NONE);
        assertThat(gateway.usage(client("bob")).total().bytes()).isEqualTo(15);
    }

    @Test
    public void onlineClients_whenTheFieldIsLeftOut_isEmptyAndOtherwiseListsNames() {
        PanelGateway gateway = open(true);
        assertThat(gateway.onlineClients()).isEmpty();

        panel.setOnline("alice");
        assertThat(gateway.onlineClients()).containsExactly("alice");
    }

    @Test
    public void subscriptionUrl_byDefault_isTheNameOnPort2096() {
        assertThat(open(true).subscriptionUrl(client("alice"))).contains(URI.create("http://127.0.0.1:2096/sub/alice"));
    }

    @Test
    public void health_whenTheInboundDoesNotExist_isDownWithTheReason() {
        PanelConnection good = SuiGatewayContractBase.connection(panel, true);
        PanelGateway gateway = open(new PanelConnection(good.address(), "99", "", null, good.apiToken(), good.options()));

        assertThat(gateway.health().reachable()).isFalse();
        assertThat(gateway.health().detail()).contains("99");
    }

    @Test
    public void answer_thatIsAnHtmlPage_isReportedAsGarbage() {
        PanelGateway gateway = open(true);
        panel.scriptNext(1, Reply.of(200, "<html><body>S-UI</body></html>"));

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelProtocolException.class)
                .hasMessageContaining("garbage");
    }

    @Test
    public void serverError_thatPasses_isRetriedTransparently() {
        PanelGateway gateway = open(true);
        gateway.createClient(client("alice"));
        panel.scriptNext(2, Reply.of(500, "internal error"));

        assertThat(gateway.usage(client("alice"))).isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void panel_thatStallsPastTheTimeout_isReportedAsUnavailable() {
        PanelConnection good = SuiGatewayContractBase.connection(panel, true);
        PanelGateway gateway = open(new PanelConnection(good.address(), "1", "", null, good.apiToken(),
                Map.of("responseTimeoutMillis", "200", "retryAttempts", "2", "retryWaitMillis", "5")));
        panel.scriptNext(2, Reply.stalled());

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelUnavailableException.class);
    }
}
