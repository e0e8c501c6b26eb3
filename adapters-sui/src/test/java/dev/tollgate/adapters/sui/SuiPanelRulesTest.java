package dev.tollgate.adapters.sui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.testing.LoopbackPanel;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * S-UI v1.5.1's own rules (panel-fakes-audit.md S3, S6, S8, S10, S12, S13, S14): first the fake is held to the panel's
 * source, then the gateway to the fake.
 */
class SuiPanelRulesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final FakeSuiPanel panel = new FakeSuiPanel();
    private PanelGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        panel.close();
    }

    private PanelGateway open(String inbound) {
        gateway = new SuiPanelGateway(SuiGatewayContractBase.connection(panel, true, inbound));
        return gateway;
    }

    private static PanelClient client(String name) {
        return new PanelClient(name, UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofGibibytes(50),
                Instant.parse("2031-01-01T00:00:00Z"), null, true, new TelegramUserId(42), name, 0);
    }

    private JsonNode get(String action) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(panel.address() + "apiv2/" + action))
                .header("Token", FakeSuiPanel.TOKEN).build();
        return LoopbackPanel.JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode save(String action, String data) throws Exception {
        String form = "object=clients&action=" + action + "&data=" + URLEncoder.encode(data, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(panel.address() + "apiv2/save"))
                .header("Token", FakeSuiPanel.TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return LoopbackPanel.JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static final String ROW = "{\"name\":\"alice\",\"enable\":true,\"inbounds\":[1],\"links\":[],"
            + "\"config\":{\"vless\":{\"name\":\"someone-else\",\"uuid\":\"u-1\"}},\"delayStart\":true,\"resetDays\":7,"
            + "\"up\":0,\"down\":0}";

    // ---- the fake follows the panel's source ---------------------------------------------------------------------

    @Test
    public void fakeList_withoutIds_zeroFillsTheColumnsItDoesNotSelect() throws Exception {
        save("new", ROW);

        JsonNode slim = get("clients").path("obj").path("clients").get(0);

        assertThat(slim.path("delayStart").asBoolean()).isFalse();
        assertThat(slim.path("resetDays").asInt()).isZero();
        assertThat(slim.has("config")).isFalse();
        assertThat(slim.has("links")).isFalse();
        assertThat(get("clients?id=" + slim.path("id").asLong()).path("obj").path("clients").get(0)
                .path("delayStart").asBoolean()).isTrue();
    }

    @Test
    public void fakeSave_rewritesTheConfigNamesToTheClientNameAndEditKeepsCreatedAt() throws Exception {
        save("new", ROW);
        ObjectNode row = (ObjectNode) get("clients?id=1").path("obj").path("clients").get(0);
        long createdAt = row.path("createdAt").asLong();
        row.put("createdAt", 5);

        save("edit", row.toString());

        assertThat(panel.clientNamed("alice").path("config").path("vless").path("name").asText()).isEqualTo("alice");
        assertThat(panel.clientNamed("alice").path("createdAt").asLong()).isEqualTo(createdAt);
    }

    @Test
    public void fakeEdit_whileTheStatsJobCountsBetweenReadAndSave_losesThatTrafficLikeThePanel() throws Exception {
        save("new", ROW);
        panel.countTrafficAfterNextRead("alice", 100, 200);
        JsonNode row = get("clients?id=1").path("obj").path("clients").get(0);
        assertThat(panel.clientNamed("alice").path("down").asLong()).isEqualTo(200);

        save("edit", row.toString());

        assertThat(panel.clientNamed("alice").path("down").asLong()).isZero();
    }

    @Test
    public void fakeUnknownAction_isAnsweredWithHttp200AndTheEnvelope() throws Exception {
        JsonNode answer = get("nonsense");

        assertThat(answer.path("success").asBoolean()).isFalse();
        assertThat(answer.path("msg").asText()).isEqualTo("failed: unknown action: nonsense");
    }

    @Test
    public void fakeDepletionJob_convertsAStartedDelayAndDisablesClientsOverVolumeOrPastExpiry() throws Exception {
        save("new", ROW);
        save("new", ROW.replace("alice", "bob").replace("\"delayStart\":true", "\"delayStart\":false,\"volume\":10"));
        panel.addTraffic("alice", 1, 1);
        panel.addTraffic("bob", 10, 10);

        panel.runDepletionJob(1_800_000_000L);

        assertThat(panel.clientNamed("alice").path("delayStart").asBoolean()).isFalse();
        assertThat(panel.clientNamed("alice").path("expiry").asLong()).isEqualTo(1_800_000_000L + 7 * 86_400);
        assertThat(panel.clientNamed("alice").path("enable").asBoolean()).isTrue();
        assertThat(panel.clientNamed("bob").path("enable").asBoolean()).isFalse();
    }

    @Test
    public void fakeResetJob_movesDueCountersIntoTheTotalsAndEnablesTheClientAgain() throws Exception {
        save("new", ROW.replace("\"delayStart\":true", "\"delayStart\":false,\"autoReset\":true,\"nextReset\":5,"
                + "\"volume\":10").replace("\"enable\":true", "\"enable\":false"));
        panel.addTraffic("alice", 7, 8);

        panel.runDepletionJob(1_800_000_000L);

        ObjectNode row = panel.clientNamed("alice");
        assertThat(row.path("up").asLong() + row.path("down").asLong()).isZero();
        assertThat(row.path("totalUp").asLong()).isEqualTo(7);
        assertThat(row.path("totalDown").asLong()).isEqualTo(8);
        assertThat(row.path("nextReset").asLong()).isEqualTo(1_800_000_000L + 7 * 86_400);
        assertThat(row.path("enable").asBoolean()).isTrue();
    }

    @Test
    public void fakeSingBox_readsShadowsocks16OnAes128InboundsAndShadowsocksOnTheOthers() throws Exception {
        save("new", "{\"name\":\"s\",\"enable\":true,\"inbounds\":[3],\"links\":[],"
                + "\"config\":{\"shadowsocks\":{\"name\":\"s\",\"password\":\"k\"}}}");
        save("new", "{\"name\":\"t\",\"enable\":true,\"inbounds\":[4],\"links\":[],"
                + "\"config\":{\"shadowsocks\":{\"name\":\"t\",\"password\":\"k\"}}}");

        assertThat(panel.grantsAccess("s", "k")).isFalse();
        assertThat(panel.grantsAccess("t", "k")).isTrue();
    }

    // ---- the gateway against it ----------------------------------------------------------------------------------

    @Test
    public void disableClient_ofAClientAlreadyDisabled_sendsNoEditSoNoCountedTrafficIsLost() {
        PanelGateway gateway = open("1");
        PanelClient alice = client("alice");
        gateway.createClient(alice.withEnabled(false));
        panel.countTrafficAfterNextRead("alice", 100, 200);

        gateway.disableClient(alice.withEnabled(false));

        assertThat(panel.saves()).extracting(save -> save.get("action")).containsExactly("new");
        assertThat(gateway.usage(alice).total().bytes()).isEqualTo(300);
    }

    @Test
    public void updateClient_thatChangesNothing_sendsNoEdit() {
        PanelGateway gateway = open("1");
        PanelClient alice = client("alice");
        gateway.createClient(alice);

        gateway.updateClient(alice);
        gateway.enableClient(alice);

        assertThat(panel.saves()).extracting(save -> save.get("action")).containsExactly("new");
    }

    @Test
    public void updateClient_afterTrafficCountedBeforeItsRead_keepsThatTraffic() {
        PanelGateway gateway = open("1");
        PanelClient alice = client("alice");
        gateway.createClient(alice);
        panel.addTraffic("alice", 5, 6);

        gateway.updateClient(alice.withEnabled(false));

        assertThat(gateway.usage(alice).total().bytes()).isEqualTo(11);
    }

    @Test
    public void createClient_onAnAes128ShadowsocksInbound_writesTheUserWhereSingBoxReadsIt() {
        PanelGateway gateway = open("3");
        PanelClient ss = new PanelClient("ss", "key-1", Protocol.SHADOWSOCKS_2022, DataSize.ZERO, null, null, true,
                new TelegramUserId(1), "ss", 0);

        gateway.createClient(ss);

        assertThat(panel.grantsAccess("ss", "key-1")).isTrue();
        assertThat(panel.clientNamed("ss").path("config").path("shadowsocks").path("password").asText())
                .isEqualTo("key-1");
    }

    @Test
    public void updateClient_afterThePanelStartedADelayedTerm_keepsThatExpiryInsteadOfRestartingIt() {
        PanelGateway gateway = open("1");
        PanelClient trial = new PanelClient("trial", UUID.randomUUID().toString(), Protocol.VLESS,
                DataSize.ofGibibytes(1), null, Duration.ofDays(3), true, new TelegramUserId(42), "trial", 0);
        gateway.createClient(trial);
        panel.addTraffic("trial", 1, 1);
        panel.runDepletionJob(1_800_000_000L);

        gateway.updateClient(new PanelClient("trial", trial.secret(), Protocol.VLESS, DataSize.ofGibibytes(2), null,
                Duration.ofDays(3), true, trial.owner(), "trial", 0));

        assertThat(panel.clientNamed("trial").path("delayStart").asBoolean()).isFalse();
        assertThat(panel.clientNamed("trial").path("expiry").asLong()).isEqualTo(1_800_000_000L + 3 * 86_400);
        assertThat(panel.clientNamed("trial").path("volume").asLong()).isEqualTo(DataSize.ofGibibytes(2).bytes());
    }

    @Test
    public void disableClient_afterThePanelsDepletionJobDisabledIt_sendsNoEdit() {
        PanelGateway gateway = open("1");
        PanelClient small = new PanelClient("small", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofBytes(10),
                null, null, true, new TelegramUserId(42), "small", 0);
        gateway.createClient(small);
        panel.addTraffic("small", 10, 10);
        panel.runDepletionJob(1_800_000_000L);

        gateway.disableClient(small.withEnabled(false));

        assertThat(panel.saves()).extracting(save -> save.get("action")).containsExactly("new");
        assertThat(gateway.usage(small).total().bytes()).isEqualTo(20);
    }
}
