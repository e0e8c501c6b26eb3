package dev.tollgate.adapters.threexui;

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
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 3x-UI surprises of panel-api-facts.md sections 1 and 6, one test each, plus transport failures. */
class ThreeXuiQuirksTest {

    private FakeThreeXuiPanel panel;
    private PanelGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (panel != null) {
            panel.close();
        }
    }

    private PanelGateway open(FakeThreeXuiPanel.Version version, String protocol, boolean token) {
        panel = new FakeThreeXuiPanel(version, protocol);
        gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, token, "1"));
        return gateway;
    }

    private PanelGateway openWith(PanelConnection connection) {
        gateway = new ThreeXuiPanelGateway(connection);
        return gateway;
    }

    private static PanelClient client(String email) {
        return new PanelClient(email, UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(50),
                Instant.parse("2031-01-01T00:00:00Z"), null, true, new TelegramUserId(42), "sub-" + email, 2);
    }

    private static PanelConnection withOptions(PanelConnection base, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(base.options());
        options.putAll(extra);
        return new PanelConnection(base.address(), base.inbound(), base.username(), base.password(), base.apiToken(),
                options);
    }

    // ---- 6.1: two API generations ------------------------------------------------------------------------------

    @Test
    public void createClient_onV31_usesTheClientsRoutesAndNeverTheRemovedOnes() {
        open(FakeThreeXuiPanel.Version.V3_1, "vless", false).createClient(client("alice"));

        assertThat(panel.count("POST panel/api/clients/add")).isEqualTo(1);
        assertThat(panel.count("POST panel/api/inbounds/addClient")).isZero();
        assertThat(panel.inboundsOf("alice")).containsExactly(1);
    }

    @Test
    public void createClient_onLegacy_sendsSettingsAsAJsonEncodedString() {
        open(FakeThreeXuiPanel.Version.V2_8, "vless", false).createClient(client("alice"));

        JsonNode settings = panel.receivedClientBodies().get(0);
        assertThat(settings.isTextual()).isTrue();
        assertThat(settings.asText()).contains("\"email\":\"alice\"");
    }

    @Test
    public void panelUpgradedToV31_whileTheGatewayRuns_switchesToTheClientsApi() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_0, "vless", false);
        PanelClient alice = client("alice");
        gateway.createClient(alice);

        panel.upgradeTo(FakeThreeXuiPanel.Version.V3_1);
        gateway.updateClient(new PanelClient("alice", alice.secret(), Protocol.VLESS, DataSize.ofGibibytes(80),
                alice.expiresAt(), null, true, alice.owner(), alice.subscriptionKey(), 2));

        assertThat(panel.client("alice").path("totalGB").asLong()).isEqualTo(DataSize.ofGibibytes(80).bytes());
        assertThat(panel.count("POST panel/api/clients/update/alice")).isEqualTo(1);
        assertThat(gateway.health().version()).contains("v3.1");
    }

    @Test
    public void inboundSettings_asStringOrAsObject_yieldTheSameClients() throws Exception {
        String clients = "{\"clients\":[{\"email\":\"a\",\"id\":\"u\"}]}";
        ObjectNode asString = (ObjectNode) LoopbackPanel.JSON.readTree("{\"settings\":" + LoopbackPanel.JSON
                .getNodeFactory().textNode(clients) + "}");
        ObjectNode asObject = (ObjectNode) LoopbackPanel.JSON.readTree("{\"settings\":" + clients + "}");

        assertThat(LegacyInboundClientApi.clients(asString)).isEqualTo(LegacyInboundClientApi.clients(asObject));
        assertThat(LegacyInboundClientApi.clients(asObject).get(0).path("email").asText()).isEqualTo("a");
    }

    @Test
    public void updateClient_onLegacyTrojanInbound_addressesTheClientByItsPassword() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "trojan", false);
        PanelClient bob = new PanelClient("bob", "pw-bob-1", Protocol.TROJAN, DataSize.ZERO, null, null, true,
                new TelegramUserId(7), "sub-bob", 0);
        gateway.createClient(bob);

        gateway.updateClient(bob.withEnabled(false));

        assertThat(panel.count("POST panel/api/inbounds/updateClient/pw-bob-1")).isEqualTo(1);
        assertThat(panel.client("bob").path("enable").asBoolean()).isFalse();
    }

    // ---- 6.2: CSRF and tokens ----------------------------------------------------------------------------------

    @Test
    public void login_onV3_fetchesTheCsrfTokenBeforePostingTheLogin() {
        open(FakeThreeXuiPanel.Version.V3_0, "vless", false).createClient(client("alice"));

        assertThat(panel.requests()).startsWith("GET csrf-token", "POST login");
        assertThat(panel.logins()).isEqualTo(1);
    }

    @Test
    public void post_whenTheCsrfTokenWentStale_logsInAgainAndSucceeds() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.createClient(client("alice"));
        panel.rotateCsrfTokens();

        gateway.createClient(client("bob"));

        assertThat(panel.client("bob")).isNotNull();
        assertThat(panel.logins()).isEqualTo(2);
    }

    @Test
    public void bearerToken_onV31_skipsLoginAndCsrf() {
        open(FakeThreeXuiPanel.Version.V3_1, "vless", true).createClient(client("alice"));

        assertThat(panel.logins()).isZero();
        assertThat(panel.count("GET csrf-token")).isZero();
        assertThat(panel.client("alice")).isNotNull();
    }

    @Test
    public void wrongToken_isReportedAsAnAuthenticationFailure() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V3_1, "vless");
        PanelConnection good = ThreeXuiGatewayContractBase.connection(panel, true, "1");
        PanelGateway gateway = openWith(new PanelConnection(good.address(), "1", "", null, new Secret("wrong"),
                good.options()));

        assertThatThrownBy(() -> gateway.createClient(client("alice")))
                .isInstanceOf(PanelAuthenticationException.class).hasMessageContaining("API token");
        assertThat(gateway.health().reachable()).isFalse();
    }

    @Test
    public void token_onAV28PanelWithoutTokens_isReportedAsAnAuthenticationFailure() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", true);

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelAuthenticationException.class)
                .hasMessageContaining("v3.0");
    }

    @Test
    public void wrongPassword_isReportedAsAnAuthenticationFailureAndHealthSaysWhy() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V2_8, "vless");
        PanelConnection good = ThreeXuiGatewayContractBase.connection(panel, false, "1");
        PanelGateway gateway = openWith(new PanelConnection(good.address(), "1", FakeThreeXuiPanel.USER,
                new Secret("nope"), null, good.options()));

        assertThatThrownBy(() -> gateway.createClient(client("alice")))
                .isInstanceOf(PanelAuthenticationException.class).hasMessageContaining(FakeThreeXuiPanel.WRONG_LOGIN);
        PanelHealth health = gateway.health();
        assertThat(health.reachable()).isFalse();
        assertThat(health.detail()).contains("refused the login");
    }

    @Test
    public void rightPassword_afterTheLoginLimiterTripped_isRefusedAndTheMessageNamesTheLimiter() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V3_5, "vless");
        PanelConnection good = ThreeXuiGatewayContractBase.connection(panel, false, "1");
        PanelGateway wrong = new ThreeXuiPanelGateway(new PanelConnection(good.address(), "1", FakeThreeXuiPanel.USER,
                new Secret("old-password"), null, good.options()));
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.health().reachable()).isFalse();
        }
        wrong.close();
        PanelGateway gateway = openWith(good);

        assertThat(gateway.health().detail()).contains(FakeThreeXuiPanel.WRONG_LOGIN).contains("15 minutes");
        panel.liftLoginBlock();
        assertThat(gateway.health().reachable()).isTrue();
    }

    @Test
    public void monitorScopeToken_onMain_isReportedAsAScopeProblemNotAVersionProblem() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.MAIN, "vless");
        PanelConnection good = ThreeXuiGatewayContractBase.connection(panel, true, "1");
        PanelGateway gateway = openWith(new PanelConnection(good.address(), "1", "", null,
                new Secret(FakeThreeXuiPanel.MONITOR_TOKEN), good.options()));

        assertThatThrownBy(() -> gateway.createClient(client("alice")))
                .isInstanceOf(PanelAuthenticationException.class).hasMessageContaining("admin API token");
        assertThat(panel.client("alice")).isNull();
    }

    // ---- 6.3: 404 means an expired session -----------------------------------------------------------------

    @Test
    public void call_whenTheSessionExpiredAndThePanelAnswers404_logsInAgainOnce() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        PanelClient alice = client("alice");
        gateway.createClient(alice);
        int loginsBefore = panel.logins();
        panel.expireSessions();

        gateway.disableClient(alice.withEnabled(false));

        assertThat(panel.client("alice").path("enable").asBoolean()).isFalse();
        assertThat(panel.logins()).isEqualTo(loginsBefore + 1);
    }

    @Test
    public void call_whenTheSessionExpiredAndAV35PanelAnswers401ToXhr_logsInAgainOnce() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_5, "vless", false);
        PanelClient alice = client("alice");
        gateway.createClient(alice);
        int loginsBefore = panel.logins();
        panel.expireSessions();

        gateway.disableClient(alice.withEnabled(false));

        // api.go checkAPIAuth: 401 to XHR callers from v3.0.2 on (404 to others), both with an empty body.
        assertThat(panel.unauthorizedAnswers()).isEqualTo(1);
        assertThat(panel.client("alice").path("enable").asBoolean()).isFalse();
        assertThat(panel.logins()).isEqualTo(loginsBefore + 1);
    }

    // ---- 6.4: units ------------------------------------------------------------------------------------------

    @Test
    public void createClient_writesBytesMillisecondsAndANumericTelegramId() {
        PanelClient alice = client("alice");
        open(FakeThreeXuiPanel.Version.V3_1, "vless", false).createClient(alice);

        ObjectNode stored = panel.client("alice");
        assertThat(stored.path("totalGB").asLong()).isEqualTo(53_687_091_200L);
        assertThat(stored.path("expiryTime").asLong()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z").toEpochMilli());
        assertThat(stored.path("tgId").isNumber()).isTrue();
        assertThat(stored.path("tgId").asLong()).isEqualTo(42);
        assertThat(stored.path("limitIp").asInt()).isEqualTo(2);
        assertThat(stored.path("subId").asText()).isEqualTo("sub-alice");
        // v3.1+ stores a record: the UUID sits under uuid, id is the row id.
        assertThat(stored.path("uuid").asText()).isEqualTo(alice.secret());
    }

    @Test
    public void createClient_startingOnFirstUse_writesANegativeExpiryInMilliseconds() {
        PanelClient trial = new PanelClient("trial", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(1),
                null, Duration.ofDays(30), true, new TelegramUserId(42), "sub-trial", 1);
        open(FakeThreeXuiPanel.Version.V2_8, "vless", false).createClient(trial);

        assertThat(panel.client("trial").path("expiryTime").asLong()).isEqualTo(-2_592_000_000L);
    }

    @Test
    public void createClient_withoutExpiryOrQuota_writesZeroForNeverAndUnlimited() {
        PanelClient forever = new PanelClient("forever", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ZERO,
                null, null, true, new TelegramUserId(42), "sub-forever", 0);
        open(FakeThreeXuiPanel.Version.V3_1, "vless", false).createClient(forever);

        assertThat(panel.client("forever").path("expiryTime").asLong()).isZero();
        assertThat(panel.client("forever").path("totalGB").asLong()).isZero();
    }

    // ---- 6.5: emails, subIds and the last client -------------------------------------------------------------

    @Test
    public void createClient_whenTheLegacyPanelHoldsTheEmailInAnotherCase_bringsThatClientInLine() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        gateway.createClient(client("Alice@Example.com"));

        PanelClient lower = client("alice@example.com");
        gateway.createClient(lower);

        assertThat(panel.client("alice@example.com").path("email").asText()).isEqualTo("Alice@Example.com");
        assertThat(panel.grantsAccess("alice@example.com", lower.secret())).isTrue();
    }

    @Test
    public void createClient_whenTheV31PanelHoldsTheEmailInAnotherCase_bringsThatClientInLine() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.createClient(client("Alice@Example.com"));

        PanelClient lower = client("alice@example.com");
        gateway.createClient(lower);

        assertThat(panel.client("alice@example.com").path("email").asText()).isEqualTo("Alice@Example.com");
        assertThat(panel.grantsAccess("alice@example.com", lower.secret())).isTrue();
        assertThat(gateway.usage(lower)).isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void createClient_whenAnotherInboundHoldsTheEmailOnALegacyPanel_failsAsDuplicate() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        ObjectNode stranger = LoopbackPanel.JSON.createObjectNode();
        stranger.put("email", "ALICE").put("id", UUID.randomUUID().toString()).put("enable", true);
        panel.seed(2, stranger);

        assertThatThrownBy(() -> gateway.createClient(client("alice")))
                .isInstanceOf(PanelDuplicateClientException.class).hasMessageContaining("alice");
    }

    @Test
    public void createClient_whenV31AlreadyServesTheSubIdToAnotherEmail_isRejectedWithThePanelsReason() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.createClient(client("alice"));
        PanelClient other = new PanelClient("bob", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ZERO, null,
                null, true, new TelegramUserId(43), "sub-alice", 0);

        assertThatThrownBy(() -> gateway.createClient(other)).isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("subId already in use");
    }

    @Test
    public void deleteClient_ofTheLastClientOfALegacyInbound_disablesAndMarksItInstead() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        PanelClient alice = client("alice");
        gateway.createClient(alice);
        panel.addTraffic("alice", 10, 20);

        gateway.deleteClient(alice);

        ObjectNode kept = panel.client("alice");
        assertThat(kept.path("enable").asBoolean()).isFalse();
        assertThat(kept.path("comment").asText()).isEqualTo(ThreeXuiPanelGateway.DELETED_MARK);
        assertThat(panel.grantsAccess("alice", alice.secret())).isFalse();

        gateway.createClient(alice);
        assertThat(panel.grantsAccess("alice", alice.secret())).isTrue();
        assertThat(gateway.usage(alice)).isEqualTo(TrafficUsage.NONE);
        assertThat(panel.client("alice").path("comment").asText()).isEqualTo(dev.tollgate.application.port.out.OwnershipMark.TEXT);
    }

    @Test
    public void deleteClient_whenOthersRemainInTheLegacyInbound_deletesForReal() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        gateway.createClient(client("alice"));
        gateway.createClient(client("bob"));

        gateway.deleteClient(client("alice"));

        assertThat(panel.client("alice")).isNull();
    }

    // ---- base path, subscription, onlines ------------------------------------------------------------------

    @Test
    public void address_withoutTrailingSlash_stillReachesTheRoutesBelowTheBasePath() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V3_1, "vless");
        PanelConnection good = ThreeXuiGatewayContractBase.connection(panel, false, "1");
        String address = good.address().substring(0, good.address().length() - 1);
        PanelGateway gateway = openWith(new PanelConnection(address, "1", good.username(), good.password(), null,
                good.options()));

        assertThat(gateway.health().reachable()).isTrue();
    }

    @Test
    public void subscriptionUrl_byDefault_pointsAtPort2096AndTheSubIdOnThePanelHost() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);

        assertThat(gateway.subscriptionUrl(client("alice"))).contains(URI.create("http://127.0.0.1:2096/sub/sub-alice"));
    }

    @Test
    public void subscriptionUrl_withTheOption_usesTheConfiguredBase() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V3_1, "vless");
        PanelGateway gateway = openWith(withOptions(ThreeXuiGatewayContractBase.connection(panel, false, "1"),
                Map.of("subscriptionBaseUrl", "https://sub.example.com/s")));

        assertThat(gateway.subscriptionUrl(client("alice"))).contains(URI.create("https://sub.example.com/s/sub-alice"));
    }

    @Test
    public void onlineClients_whenThePanelAnswersNull_isEmptyAndOtherwiseListsEmails() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        assertThat(gateway.onlineClients()).isEmpty();

        panel.setOnline("alice");
        assertThat(gateway.onlineClients()).containsExactly("alice");
    }

    // ---- garbage, server errors, timeouts ------------------------------------------------------------------

    @Test
    public void answer_thatIsAnHtmlPage_isReportedAsGarbage() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.health();
        panel.scriptNext(1, Reply.of(200, "<!DOCTYPE html><html><body>Login</body></html>"));

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelProtocolException.class)
                .hasMessageContaining("garbage");
    }

    @Test
    public void answer_withTruncatedJson_isReportedAsGarbage() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V2_8, "vless", false);
        gateway.health();
        panel.scriptNext(1, Reply.of(200, "{\"success\":true,\"obj\":{\"up\":1"));

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelProtocolException.class)
                .hasMessageContaining("garbage");
    }

    @Test
    public void answer_withoutTheEnvelope_isReportedAsAProtocolFailure() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.health();
        panel.scriptNext(1, Reply.of(200, "[1,2,3]"));

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelProtocolException.class)
                .hasMessageContaining("envelope");
    }

    @Test
    public void serverError_thatPasses_isRetriedTransparently() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.createClient(client("alice"));
        panel.scriptNext(2, Reply.of(502, "Bad Gateway"));

        assertThat(gateway.usage(client("alice"))).isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void serverError_thatPersists_isReportedAsUnavailableAfterTheRetries() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.health();
        long before = panel.requests().size();
        panel.scriptNext(3, Reply.of(503, "Service Unavailable"));

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelUnavailableException.class)
                .hasMessageContaining("503")
                .satisfies(e -> assertThat(((PanelUnavailableException) e).isTransient()).isTrue());
        assertThat(panel.requests().size() - before).isEqualTo(3);
    }

    @Test
    public void rejection_withSuccessFalse_isNotRetried() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_1, "vless", false);
        gateway.createClient(client("alice"));
        long before = panel.count("POST panel/api/clients/add");

        assertThatThrownBy(() -> gateway.createClient(new PanelClient("bob", UUID.randomUUID().toString(),
                Protocol.VLESS, DataSize.ZERO, null, null, true, new TelegramUserId(9), "sub-alice", 0)))
                .isInstanceOf(PanelRejectedException.class);
        assertThat(panel.count("POST panel/api/clients/add") - before).isEqualTo(1);
    }

    @Test
    public void panel_thatStallsPastTheTimeout_isReportedAsUnavailable() {
        panel = new FakeThreeXuiPanel(FakeThreeXuiPanel.Version.V3_1, "vless");
        PanelGateway gateway = openWith(withOptions(ThreeXuiGatewayContractBase.connection(panel, false, "1"),
                Map.of("responseTimeoutMillis", "200", "retryAttempts", "1")));
        gateway.health();
        panel.scriptNext(1, Reply.stalled());

        assertThatThrownBy(() -> gateway.usage(client("alice"))).isInstanceOf(PanelUnavailableException.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    public void panel_thatIsDown_isReportedAsUnavailableAndHealthDoesNotThrow() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PanelGateway gateway = openWith(new PanelConnection("http://127.0.0.1:" + closedPort + "/base/", "1", "admin",
                new Secret("x"), null, Map.of("retryWaitMillis", "5")));

        assertThatThrownBy(() -> gateway.createClient(client("alice"))).isInstanceOf(PanelUnavailableException.class);
        PanelHealth health = gateway.health();
        assertThat(health.reachable()).isFalse();
        assertThat(health.detail()).contains("did not answer");
    }
}
