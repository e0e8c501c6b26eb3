package dev.tollgate.adapters.threexui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.adapters.testing.LoopbackPanel;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 3x-UI v3.1+ stores clients as database records: {@code get} answers a model.ClientRecord (integer row id, the UUID
 * under uuid, allowedIPs a string from v3.5.0) while {@code update} binds a model.Client (id a string, allowedIPs a
 * list), and {@code add} forces enable (panel-fakes-audit.md C1, C2, C3, C7, C9, C11, C14, C15). First the fake is
 * held to the panel's source, then the gateway to the fake.
 */
class ThreeXuiClientRecordsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    private PanelGateway open(FakeThreeXuiPanel.Version version, String protocol) {
        panel = new FakeThreeXuiPanel(version, protocol);
        gateway = new ThreeXuiPanelGateway(ThreeXuiGatewayContractBase.connection(panel, true, "1"));
        return gateway;
    }

    private static PanelClient client(String email, Protocol protocol) {
        String secret = protocol.usesUuid() ? UUID.randomUUID().toString() : "pw" + UUID.randomUUID().toString()
                .replace("-", "");
        return new PanelClient(email, secret, protocol, DataSize.ofGibibytes(50), Instant.parse("2031-01-01T00:00:00Z"),
                null, true, new TelegramUserId(42), "sub-" + email, 2);
    }

    /** Calls the fake panel directly with its API token, as a script would. */
    private JsonNode call(String method, String route, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(panel.address() + "panel/api/" + route))
                .header("Authorization", "Bearer " + FakeThreeXuiPanel.TOKEN).header("Accept", "application/json");
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return LoopbackPanel.JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String addBody(String email, String extra) {
        return "{\"client\":{\"email\":\"" + email + "\",\"id\":\"" + UUID.randomUUID() + "\",\"enable\":false" + extra
                + "},\"inboundIds\":[1]}";
    }

    // ---- the fake follows the panel's source ---------------------------------------------------------------------

    @Test
    public void fakeGet_onV35_answersTheRecordWithAnIntegerIdTheUuidApartAndAllowedIpsAsAString() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");
        call("POST", "clients/add", addBody("alice", ""));

        JsonNode record = call("GET", "clients/get/alice", null).path("obj").path("client");

        assertThat(record.path("id").isInt()).isTrue();
        assertThat(record.path("uuid").asText()).hasSize(36);
        assertThat(record.path("allowedIPs").isTextual()).isTrue();
        assertThat(record.has("createdAt")).isTrue();
        assertThat(record.path("reverse").isNull()).isTrue();
    }

    @Test
    public void fakeGet_onV31_hasNoWireguardColumnsYet() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_1, "vless");
        call("POST", "clients/add", addBody("alice", ""));

        JsonNode record = call("GET", "clients/get/alice", null).path("obj").path("client");

        assertThat(record.path("id").isInt()).isTrue();
        assertThat(record.has("allowedIPs")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_1", "V3_5", "MAIN"})
    public void fakeUpdate_withTheFetchedRecordEchoedBack_failsToBindLikeGo(FakeThreeXuiPanel.Version version)
            throws Exception {
        open(version, "vless");
        call("POST", "clients/add", addBody("alice", ""));
        ObjectNode record = (ObjectNode) call("GET", "clients/get/alice", null).path("obj").path("client");
        record.put("enable", false);

        JsonNode answer = call("POST", "clients/update/alice", record.toString());

        assertThat(answer.path("success").asBoolean()).isFalse();
        assertThat(answer.path("msg").asText()).startsWith("Something went wrong (json: cannot unmarshal number into Go"
                + " struct field").contains("id of type string");
    }

    @Test
    public void fakeUpdate_onV35_withAllowedIpsAsAString_failsToBind() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");
        call("POST", "clients/add", addBody("alice", ""));

        JsonNode answer = call("POST", "clients/update/alice", "{\"email\":\"alice\",\"allowedIPs\":\"\"}");

        assertThat(answer.path("msg").asText()).contains("cannot unmarshal string").contains("allowedIPs of type []string");
    }

    @Test
    public void fakeUpdate_onV31_ignoresAllowedIpsItDoesNotKnowYet() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_1, "vless");
        call("POST", "clients/add", addBody("alice", ""));

        JsonNode answer = call("POST", "clients/update/alice", "{\"email\":\"alice\",\"allowedIPs\":\"\",\"enable\":true}");

        assertThat(answer.path("success").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_1", "V3_5", "MAIN"})
    public void fakeAdd_ofADisabledClient_storesItEnabled(FakeThreeXuiPanel.Version version) throws Exception {
        open(version, "vless");

        assertThat(call("POST", "clients/add", addBody("alice", "")).path("success").asBoolean()).isTrue();

        assertThat(panel.client("alice").path("enable").asBoolean()).isTrue();
    }

    @Test
    public void fakeAdd_onV35_withWhitespaceOrSlashInTheEmail_isRefused() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");

        assertThat(call("POST", "clients/add", addBody("al ice", "")).path("msg").asText())
                .contains("client email contains an invalid character");
        assertThat(call("POST", "clients/add", addBody("a/b", "")).path("msg").asText())
                .contains("client email contains an invalid character");
        assertThat(call("POST", "clients/add", addBody("ok", ",\"subId\":\"s 1\"")).path("msg").asText())
                .contains("client subId contains an invalid character");
    }

    @Test
    public void fakeAdd_ofTheSameEmailWithTheSameSubId_isAReAddThatSucceeds() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");
        call("POST", "clients/add", addBody("alice", ",\"subId\":\"s1\""));

        assertThat(call("POST", "clients/add", addBody("alice", ",\"subId\":\"s1\"")).path("success").asBoolean())
                .isTrue();
        assertThat(call("POST", "clients/add", addBody("alice", ",\"subId\":\"s2\"")).path("msg").asText())
                .contains("email already in use: alice");
    }

    @Test
    public void fakeUpdate_onMain_withoutLimitHwid_resetsItToZero() throws Exception {
        open(FakeThreeXuiPanel.Version.MAIN, "vless");
        ObjectNode seeded = LoopbackPanel.JSON.createObjectNode();
        seeded.put("email", "alice").put("id", UUID.randomUUID().toString()).put("enable", true).put("limitHwid", 3);
        panel.seed(1, seeded);

        call("POST", "clients/update/alice", "{\"email\":\"alice\",\"enable\":true}");

        assertThat(panel.client("alice").path("limitHwid").asInt()).isZero();
    }

    @Test
    public void fakeTraffic_ofAnUnknownEmail_isASuccessWithANullObject() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");

        JsonNode answer = call("GET", "clients/traffic/nobody", null);

        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(answer.path("obj").isNull()).isTrue();
    }

    @Test
    public void fakeList_answersFullRowsWithNullInboundIdsForADetachedClientAndOneTrafficRowPerEmail() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");
        call("POST", "clients/add", "{\"client\":{\"email\":\"alice\",\"totalGB\":5,\"tgId\":9},\"inboundIds\":[1,2]}");
        ObjectNode detached = LoopbackPanel.JSON.createObjectNode();
        detached.put("email", "bob").put("id", UUID.randomUUID().toString()).put("enable", true);
        panel.seed(1, detached);
        panel.detach("bob");
        panel.addTraffic("alice", 10, 20);

        JsonNode rows = call("GET", "clients/list", null).path("obj");
        JsonNode inbounds = call("GET", "inbounds/list", null).path("obj");

        assertThat(rows.get(0).path("totalGB").asLong()).isEqualTo(5);
        assertThat(rows.get(0).path("tgId").asLong()).isEqualTo(9);
        assertThat(rows.get(0).path("uuid").asText()).hasSize(36);
        assertThat(rows.get(0).path("traffic").path("down").asLong()).isEqualTo(20);
        assertThat(rows.get(1).path("inboundIds").isNull()).isTrue();
        assertThat(inbounds.get(0).path("clientStats")).hasSize(1);
        assertThat(inbounds.get(1).path("clientStats")).isEmpty();
        assertThat(inbounds.get(1).path("settings").path("clients").get(0).path("id").asText())
                .isEqualTo(rows.get(0).path("uuid").asText());
    }

    @Test
    public void fakeIps_onV35_listIpTimeAndNodeAndAreEmptyWithoutRecords() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "vless");
        call("POST", "clients/add", addBody("alice", ""));
        panel.recordIp("alice", "203.0.113.7", 1_800_000_000L);

        JsonNode ips = call("POST", "clients/ips/alice", "").path("obj");

        assertThat(ips.get(0).path("ip").asText()).isEqualTo("203.0.113.7");
        assertThat(ips.get(0).path("time").asText()).isEqualTo("2027-01-15 08:00:00");
        assertThat(ips.get(0).path("node").asText()).isEmpty();
        assertThat(call("POST", "clients/ips/nobody", "").path("obj")).isEmpty();
    }

    @Test
    public void fakeLegacyClientIps_areIpAndTimeStringsOrTheStringNoIpRecord() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_0, "vless");
        panel.recordIp("alice", "203.0.113.7", 1_800_000_000L);

        assertThat(call("POST", "inbounds/clientIps/alice", "").path("obj").get(0).asText())
                .isEqualTo("203.0.113.7 (2027-01-15 08:00:00)");
        assertThat(call("POST", "inbounds/clientIps/bob", "").path("obj").asText()).isEqualTo("No IP Record");
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_0", "V3_5"})
    public void fakeInbound_carriesTheModelFieldsWithJsonColumnsAsStringsUpToV30AndAsObjectsAfter(
            FakeThreeXuiPanel.Version version) throws Exception {
        open(version, "vless");

        JsonNode inbound = call("GET", "inbounds/get/1", null).path("obj");

        assertThat(inbound.has("remark") && inbound.has("listen") && inbound.has("total")).isTrue();
        boolean legacy = version == FakeThreeXuiPanel.Version.V3_0;
        assertThat(inbound.path("settings").isTextual()).isEqualTo(legacy);
        assertThat(inbound.path("streamSettings").isTextual()).isEqualTo(legacy);
        assertThat(inbound.path("sniffing").isTextual()).isEqualTo(legacy);
    }

    @Test
    public void fakeHwids_existOnMainOnly() throws Exception {
        open(FakeThreeXuiPanel.Version.MAIN, "vless");
        panel.recordHwid("alice", "v2rayNG/1.9", "android", 1_800_000_000L);

        JsonNode rows = call("POST", "clients/hwids/alice", "").path("obj");

        assertThat(rows.get(0).path("deviceOs").asText()).isEqualTo("android");
        assertThat(rows.get(0).path("id").asInt()).isEqualTo(1);
    }

    // ---- the gateway against it ----------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(names = {"V3_1", "V3_5", "MAIN"})
    public void disableThenEnable_onTheClientsRoutes_isAcceptedAndFlipsAccess(FakeThreeXuiPanel.Version version) {
        PanelGateway gateway = open(version, "vless");
        PanelClient alice = client("alice", Protocol.VLESS);
        gateway.createClient(alice);

        gateway.disableClient(alice.withEnabled(false));
        assertThat(panel.grantsAccess("alice", alice.secret())).isFalse();

        gateway.enableClient(alice);
        assertThat(panel.grantsAccess("alice", alice.secret())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_1", "V3_5", "MAIN"})
    public void updateClient_ofATrojanClientOnTheClientsRoutes_sendsTheClientObjectAndNotTheRecord(
            FakeThreeXuiPanel.Version version) {
        PanelGateway gateway = open(version, "trojan");
        PanelClient bob = client("bob", Protocol.TROJAN);
        gateway.createClient(bob);

        gateway.updateClient(new PanelClient("bob", bob.secret(), Protocol.TROJAN, DataSize.ofGibibytes(80), null,
                null, true, bob.owner(), bob.subscriptionKey(), 0));

        JsonNode sent = panel.receivedClientBodies().get(panel.receivedClientBodies().size() - 1);
        assertThat(sent.has("uuid")).isFalse();
        assertThat(sent.has("createdAt")).isFalse();
        assertThat(sent.path("id").isMissingNode() || sent.path("id").isTextual()).isTrue();
        assertThat(panel.client("bob").path("totalGB").asLong()).isEqualTo(DataSize.ofGibibytes(80).bytes());
        assertThat(panel.grantsAccess("bob", bob.secret())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_1", "V3_5", "MAIN"})
    public void createClient_disabledOnTheClientsRoutes_endsUpDisabledDespiteThePanelForcingEnable(
            FakeThreeXuiPanel.Version version) {
        PanelGateway gateway = open(version, "vless");
        PanelClient suspended = client("alice", Protocol.VLESS).withEnabled(false);

        gateway.createClient(suspended);

        assertThat(panel.client("alice").path("enable").asBoolean()).isFalse();
        assertThat(panel.grantsAccess("alice", suspended.secret())).isFalse();
    }

    @Test
    public void updateClient_onMain_keepsTheHwidLimitAnAdminSet() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.MAIN, "vless");
        PanelClient alice = client("alice", Protocol.VLESS);
        gateway.createClient(alice);
        panel.setLimitHwid("alice", 3);

        gateway.updateClient(alice.withEnabled(false));

        assertThat(panel.client("alice").path("limitHwid").asInt()).isEqualTo(3);
    }

    @Test
    public void updateClient_keepsThePanelsOwnFieldsSuchAsFlowAndComment() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_5, "vless");
        ObjectNode seeded = LoopbackPanel.JSON.createObjectNode();
        String uuid = UUID.randomUUID().toString();
        seeded.put("email", "alice").put("id", uuid).put("enable", true).put("flow", "xtls-rprx-vision")
                .put("comment", "vip").put("subId", "sub-alice");
        panel.seed(1, seeded);

        gateway.disableClient(new PanelClient("alice", uuid, Protocol.VLESS, DataSize.ZERO, null, null, false,
                new TelegramUserId(42), "sub-alice", 0));

        assertThat(panel.client("alice").path("flow").asText()).isEqualTo("xtls-rprx-vision");
        assertThat(panel.client("alice").path("comment").asText()).isEqualTo("vip");
        assertThat(panel.client("alice").path("enable").asBoolean()).isFalse();
    }

    @Test
    public void createClient_withWhitespaceOrSlashInTheEmailOrSubId_isRefusedBeforeAnythingIsSent() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_5, "vless");
        PanelClient spaced = client("al ice", Protocol.VLESS);
        PanelClient slashed = new PanelClient("bob", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ZERO, null,
                null, true, new TelegramUserId(1), "a/b", 0);

        assertThatThrownBy(() -> gateway.createClient(spaced)).isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("al ice");
        assertThatThrownBy(() -> gateway.createClient(slashed)).isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("subscription key");
        assertThat(panel.count("POST panel/api/clients/add")).isZero();
    }

    @Test
    public void usage_ofAClientWithoutATrafficRow_isNone() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_5, "vless");
        PanelClient alice = client("alice", Protocol.VLESS);
        gateway.createClient(alice);
        panel.dropTrafficRow("alice");

        assertThat(gateway.usage(alice)).isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void fakeAdd_onAShadowsocks2022Inbound_replacesAKeyOfTheWrongSize() throws Exception {
        open(FakeThreeXuiPanel.Version.V3_5, "shadowsocks");

        call("POST", "clients/add", "{\"client\":{\"email\":\"s\",\"password\":\"0123456789abcdef\"},\"inboundIds\":[1]}");

        assertThat(panel.client("s").path("password").asText()).isNotEqualTo("0123456789abcdef");
        assertThat(Base64.getDecoder().decode(panel.client("s").path("password").asText())).hasSize(32);
    }

    @Test
    public void createClient_ofAShadowsocksKeyThePanelReplaces_isRefusedAndTheClientTakenBack() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_5, "shadowsocks");
        PanelClient hex = client("s", Protocol.SHADOWSOCKS_2022);

        assertThatThrownBy(() -> gateway.createClient(hex)).isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("replaced the Shadowsocks-2022 key of s");
        assertThat(panel.client("s")).isNull();
    }

    @ParameterizedTest
    @EnumSource(names = {"V3_0", "V3_5"})
    public void updateClient_afterThePanelStartedADelayedTerm_keepsThatDeadlineInsteadOfRestartingIt(
            FakeThreeXuiPanel.Version version) {
        PanelGateway gateway = open(version, "vless");
        PanelClient trial = new PanelClient("trial", UUID.randomUUID().toString(), Protocol.VLESS,
                DataSize.ofGibibytes(1), null, Duration.ofDays(3), true, new TelegramUserId(42), "trial", 0);
        gateway.createClient(trial);
        panel.addTraffic("trial", 1, 1);
        panel.startDelayedTerms(1_800_000_000_000L);

        gateway.updateClient(new PanelClient("trial", trial.secret(), Protocol.VLESS, DataSize.ofGibibytes(2), null,
                Duration.ofDays(3), true, trial.owner(), "trial", 0));

        assertThat(panel.client("trial").path("expiryTime").asLong())
                .isEqualTo(1_800_000_000_000L + Duration.ofDays(3).toMillis());
        assertThat(panel.client("trial").path("totalGB").asLong()).isEqualTo(DataSize.ofGibibytes(2).bytes());
    }

    @Test
    public void enableClient_afterThePanelDepletedIt_turnsItBackOnWithOurQuota() {
        PanelGateway gateway = open(FakeThreeXuiPanel.Version.V3_5, "vless");
        PanelClient alice = new PanelClient("alice", UUID.randomUUID().toString(), Protocol.VLESS, DataSize.ofBytes(10),
                null, null, true, new TelegramUserId(42), "sub-alice", 0);
        gateway.createClient(alice);
        panel.addTraffic("alice", 10, 10);
        panel.runDepletionJob(1_800_000_000_000L);
        assertThat(panel.grantsAccess("alice", alice.secret())).isFalse();

        gateway.resetTraffic(alice);
        gateway.enableClient(alice);

        assertThat(panel.grantsAccess("alice", alice.secret())).isTrue();
        assertThat(gateway.usage(alice)).isEqualTo(TrafficUsage.NONE);
    }
}
