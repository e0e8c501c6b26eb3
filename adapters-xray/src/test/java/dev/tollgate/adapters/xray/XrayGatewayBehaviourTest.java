package dev.tollgate.adapters.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.adapters.xray.FakeXrayCore.StoredUser;
import dev.tollgate.adapters.xray.proto.protocol.SecurityType;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelProtocolException;
import dev.tollgate.application.port.out.PanelRejectedException;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Xray-only behaviour and failure handling, against an in-process server that follows Xray's API. */
class XrayGatewayBehaviourTest {

    private static final CallPolicy FAST = new CallPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(1));

    private final FakeXrayCore core = new FakeXrayCore();
    private final AtomicLong nanoTime = new AtomicLong(1_000_000_000_000L);
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        core.close();
    }

    private XrayPanelGateway gateway(String kind, Protocol protocol, CallPolicy policy) {
        return gateway(kind, protocol, policy, FakeXrayCore.INBOUND, core.channel());
    }

    private XrayPanelGateway gateway(String kind, Protocol protocol, CallPolicy policy, String inbound,
                                     ManagedChannel channel) {
        XrayPanelGateway gateway = new XrayPanelGateway(settings(kind, protocol, inbound), channel, policy, nanoTime::get);
        closeables.add(gateway);
        return gateway;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ServerSettings settings(String kind, Protocol protocol, String inbound) {
        return new ServerSettings(new ServerId("core-1"), kind, "core", protocol,
                new PanelConnection("in-process", inbound, null, null, null, Map.of()),
                new PublicEndpoint("vpn.example.org", 443, Map.of()));
    }

    private static PanelClient client(String email, String secret, Protocol protocol) {
        return new PanelClient(email, secret, protocol, DataSize.ofGibibytes(10), null, null, true,
                new TelegramUserId(42), "sub-" + email, 0);
    }

    private static PanelClient vless(String email) {
        return client(email, "6f1a5c1e-8d7b-4a43-9a57-2f2b0f6a0c" + String.format("%02d", Math.abs(email.hashCode()) % 100),
                Protocol.VLESS);
    }

    @Test
    void createClient_onXray_sendsXrayTypeStringsAndTheStatsLevel() {
        PanelClient alice = vless("alice");
        gateway("xray", Protocol.VLESS, FAST).createClient(alice);

        assertThat(core.operationTypes()).containsExactly("xray.app.proxyman.command.AddUserOperation");
        StoredUser stored = core.users().get("alice");
        assertThat(stored.accountType()).isEqualTo("xray.proxy.vless.Account");
        assertThat(stored.level()).isZero();
        var account = (dev.tollgate.adapters.xray.proto.vless.Account) stored.account();
        assertThat(account.getId()).isEqualTo(alice.secret());
        assertThat(account.getFlow()).isEmpty();
        assertThat(account.getEncryption()).isEmpty();
    }

    @Test
    void createClient_onXrayWithVmess_sendsTheUuidWithAutoSecurity() {
        gateway("xray", Protocol.VMESS, FAST).createClient(client("vm", "0c6a3c55-53f5-4a8c-8a6c-1a2b3c4d5e6f", Protocol.VMESS));

        StoredUser stored = core.users().get("vm");
        assertThat(stored.accountType()).isEqualTo("xray.proxy.vmess.Account");
        var account = (dev.tollgate.adapters.xray.proto.vmess.Account) stored.account();
        assertThat(account.getId()).isEqualTo("0c6a3c55-53f5-4a8c-8a6c-1a2b3c4d5e6f");
        assertThat(account.getSecuritySettings().getType()).isEqualTo(SecurityType.AUTO);
    }

    @Test
    void createClient_onXrayWithTrojan_sendsThePassword() {
        gateway("xray", Protocol.TROJAN, FAST).createClient(client("tj", "s3cret-pass", Protocol.TROJAN));

        StoredUser stored = core.users().get("tj");
        assertThat(stored.accountType()).isEqualTo("xray.proxy.trojan.Account");
        assertThat(((dev.tollgate.adapters.xray.proto.trojan.Account) stored.account()).getPassword())
                .isEqualTo("s3cret-pass");
    }

    @Test
    void createClient_onXrayWithShadowsocks2022_sendsTheUserKey() {
        String key = "MTIzNDU2Nzg5MDEyMzQ1Ng==";
        gateway("xray", Protocol.SHADOWSOCKS_2022, FAST).createClient(client("ss", key, Protocol.SHADOWSOCKS_2022));

        StoredUser stored = core.users().get("ss");
        assertThat(stored.accountType()).isEqualTo("xray.proxy.shadowsocks_2022.Account");
        assertThat(((dev.tollgate.adapters.xray.proto.shadowsocks2022.Account) stored.account()).getKey())
                .isEqualTo(key);
    }

    @Test
    void open_v2rayWithShadowsocks2022_isRefusedAsAConfigurationError() {
        assertThatThrownBy(() -> new XrayPanelGatewayFactory().open(settings("v2ray", Protocol.SHADOWSOCKS_2022, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHADOWSOCKS_2022");
    }

    @Test
    void createClient_withV2rayServiceNamesOnAnXrayOnlyServer_isRejectedWithAHint() {
        XrayPanelGateway v2ray = gateway("v2ray", Protocol.VLESS, FAST);

        assertThatThrownBy(() -> v2ray.createClient(vless("alice")))
                .isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("UNIMPLEMENTED")
                .hasMessageContaining("kind");
        assertThat(core.users()).isEmpty();
    }

    @Test
    void createClient_whenTheEmailExistsWithAnotherSecret_replacesItSoTheSecretMatches() {
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);
        PanelClient old = client("bob", "11111111-1111-4111-8111-111111111111", Protocol.VLESS);
        PanelClient current = client("bob", "22222222-2222-4222-8222-222222222222", Protocol.VLESS);

        gateway.createClient(old);
        gateway.createClient(current);

        var account = (dev.tollgate.adapters.xray.proto.vless.Account) core.users().get("bob").account();
        assertThat(account.getId()).isEqualTo(current.secret());
        assertThat(core.users()).hasSize(1);
    }

    @Test
    void createClient_whenAlreadyExistsComesAsItsOwnStatusCode_isNotAnError() {
        core.useModernErrorCodes();
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);

        gateway.createClient(vless("carol"));
        gateway.createClient(vless("carol"));

        assertThat(core.users()).containsOnlyKeys("carol");
    }

    @Test
    void deleteClient_whenNotFoundComesAsItsOwnStatusCode_isNotAnError() {
        core.useModernErrorCodes();

        gateway("xray", Protocol.VLESS, FAST).deleteClient(vless("nobody"));

        assertThat(core.calls("AlterInbound")).isEqualTo(1);
    }

    @Test
    void deleteClient_whenNotFoundComesAsUnknownWithXraysText_isNotAnError() {
        gateway("xray", Protocol.VLESS, FAST).deleteClient(vless("nobody"));

        assertThat(core.calls("AlterInbound")).isEqualTo(1);
    }

    @Test
    void deleteClient_onAnInboundTagTheCoreDoesNotHave_isRejectedNotSwallowed() {
        // The core answers UNKNOWN "handler not found", which must not pass for "user not found" (audit X5).
        XrayPanelGateway wrongTag = gateway("xray", Protocol.VLESS, FAST, "no-such-inbound", core.channel());

        assertThatThrownBy(() -> wrongTag.deleteClient(vless("alice")))
                .isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("handler not found");
    }

    @Test
    void deleteClient_onAWrongTagWhileTheCoreUsesModernErrorCodes_isStillRejected() {
        core.useModernErrorCodes();
        XrayPanelGateway wrongTag = gateway("xray", Protocol.VLESS, FAST, "no-such-inbound", core.channel());

        assertThatThrownBy(() -> wrongTag.deleteClient(vless("alice")))
                .isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("handler not found");
    }

    @Test
    void onlineClients_onXray_answersTheEmailsOfConnectedUsers() {
        core.setOnline("alice");
        core.setOnline("dave");

        assertThat(gateway("xray", Protocol.VLESS, FAST).onlineClients()).containsExactlyInAnyOrder("alice", "dave");
    }

    @Test
    void onlineClients_onV2ray_isUnsupportedWithoutCallingTheCore() {
        XrayPanelGateway v2ray = gateway("v2ray", Protocol.VLESS, FAST);

        assertThatThrownBy(v2ray::onlineClients).isInstanceOf(UnsupportedOperationException.class);
        assertThat(core.calls("GetAllOnlineUsers")).isZero();
    }

    @Test
    void capabilities_areOnlineClientsDevicesUsageAndInboundListingOnXrayAndUsageListingOnV2ray() {
        assertThat(gateway("xray", Protocol.VLESS, FAST).capabilities()).containsExactlyInAnyOrder(
                PanelCapability.ONLINE_CLIENTS, PanelCapability.LISTS_USAGE, PanelCapability.ONLINE_DEVICES,
                PanelCapability.LISTS_INBOUNDS);
        assertThat(gateway("v2ray", Protocol.VLESS, FAST).capabilities()).containsExactly(PanelCapability.LISTS_USAGE);
    }

    @Test
    void inbounds_onXray_listEveryHandlerWithItsTagAndTheProtocolInThePanelsSpelling() {
        var inbounds = gateway("xray", Protocol.VLESS, FAST).inbounds();

        assertThat(inbounds).extracting(dev.tollgate.application.port.out.PanelInbound::id)
                .containsExactly("api", FakeXrayCore.INBOUND, "trojan-in", "ss-in");
        assertThat(inbounds).extracting(dev.tollgate.application.port.out.PanelInbound::protocol)
                .containsExactly("dokodemo", "vless", "trojan", "shadowsocks");
        assertThat(inbounds).extracting(i -> i.soldProtocol().orElse(null))
                .containsExactly(null, Protocol.VLESS, Protocol.TROJAN, Protocol.SHADOWSOCKS_2022);
        assertThat(inbounds).allSatisfy(i -> assertThat(i.port()).as("not decoded: the core does not say").isZero());
    }

    @Test
    void inbounds_onAnXrayOlderThanListInbounds_areNoneSoTheTagIsTyped() {
        core.withoutListInbounds();

        assertThat(gateway("xray", Protocol.VLESS, FAST).inbounds()).isEmpty();
        assertThat(core.calls("ListInbounds")).as("UNIMPLEMENTED is an answer, not retried").isEqualTo(1);
    }

    @Test
    void inbounds_onV2ray_areUnsupportedWithoutCallingTheCore() {
        assertThatThrownBy(gateway("v2ray", Protocol.VLESS, FAST)::inbounds).isInstanceOf(UnsupportedOperationException.class);
        assertThat(core.calls("ListInbounds")).isZero();
    }

    @Test
    void createClient_whenUnavailableTwice_retriesAndSucceeds() {
        core.failNext("AlterInbound", Status.UNAVAILABLE.withDescription("connection refused"), 2);

        gateway("xray", Protocol.VLESS, FAST).createClient(vless("erin"));

        assertThat(core.calls("AlterInbound")).isEqualTo(3);
        assertThat(core.users()).containsOnlyKeys("erin");
    }

    @Test
    void createClient_whenUnavailableBeyondTheRetryBudget_reportsUnavailable() {
        core.failNext("AlterInbound", Status.UNAVAILABLE.withDescription("connection refused"), 5);

        assertThatThrownBy(() -> gateway("xray", Protocol.VLESS, FAST).createClient(vless("erin")))
                .isInstanceOf(PanelUnavailableException.class)
                .satisfies(e -> assertThat(((PanelUnavailableException) e).isTransient()).isTrue());
        assertThat(core.calls("AlterInbound")).isEqualTo(3);
    }

    @Test
    void createClient_whenTheCoreRefusesWithItsOwnError_isRejectedWithoutRetrying() {
        core.failNext("AlterInbound", Status.UNKNOWN.withDescription("proxy is not a UserManager"), 1);

        assertThatThrownBy(() -> gateway("xray", Protocol.VLESS, FAST).createClient(vless("erin")))
                .isInstanceOf(PanelRejectedException.class)
                .hasMessageContaining("not a UserManager");
        assertThat(core.calls("AlterInbound")).isEqualTo(1);
    }

    @Test
    void usage_whenEveryAttemptMissesTheDeadline_retriesThenReportsUnavailable() {
        core.holdCalls();
        XrayPanelGateway impatient = gateway("xray", Protocol.VLESS,
                new CallPolicy(Duration.ofMillis(50), 2, Duration.ofMillis(1)));

        assertThatThrownBy(() -> impatient.usage(vless("frank")))
                .isInstanceOf(PanelUnavailableException.class)
                .hasMessageContaining("DEADLINE_EXCEEDED");
        core.release();
    }

    @Test
    void usage_whenTheAnswerIsNotTheCoresMessage_reportsAProtocolError() throws Exception {
        String name = InProcessServerBuilder.generateName();
        Server garbage = FakeXrayCore.garbageServer(name, CoreMethods.of(CoreFlavour.XRAY).queryStats);
        closeables.add(() -> garbage.shutdownNow().awaitTermination(1, TimeUnit.SECONDS));
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST, FakeXrayCore.INBOUND,
                InProcessChannelBuilder.forName(name).build());

        assertThatThrownBy(() -> gateway.usage(vless("gina"))).isInstanceOf(PanelProtocolException.class);
    }

    @Test
    void usage_countsOnlyThatUsersExactCounters() {
        core.addTraffic("heidi", 100, 2000);
        core.addTraffic("heidi2", 7, 7);
        core.setCounter("user>>>heidi>>>traffic>>>uplink-extra", 99);

        TrafficUsage usage = gateway("xray", Protocol.VLESS, FAST).usage(vless("heidi"));

        assertThat(usage).isEqualTo(new TrafficUsage(DataSize.ofBytes(100), DataSize.ofBytes(2000)));
    }

    @Test
    void usage_whenTheCoreReportsANegativeCounter_reportsAProtocolError() {
        core.setCounter("user>>>ivan>>>traffic>>>uplink", -5);

        assertThatThrownBy(() -> gateway("xray", Protocol.VLESS, FAST).usage(vless("ivan")))
                .isInstanceOf(PanelProtocolException.class);
    }

    @Test
    void resetTraffic_zeroesThatUserOnly() {
        core.addTraffic("judy", 10, 20);
        core.addTraffic("kim", 30, 40);
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);

        gateway.resetTraffic(vless("judy"));

        assertThat(gateway.usage(vless("judy"))).isEqualTo(TrafficUsage.NONE);
        assertThat(gateway.usage(vless("kim")).total()).isEqualTo(DataSize.ofBytes(70));
    }

    @Test
    void health_whenUptimeGoesBackwards_reportsARestartExactlyOnce() {
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);
        core.setUptimeSeconds(500);
        assertThat(gateway.health().restartedSinceLastCheck()).isFalse();

        core.setUptimeSeconds(2);
        PanelHealth afterRestart = gateway.health();
        PanelHealth next = gateway.health();

        assertThat(afterRestart.reachable()).isTrue();
        assertThat(afterRestart.restartedSinceLastCheck()).isTrue();
        assertThat(next.restartedSinceLastCheck()).isFalse();
    }

    @Test
    void health_whenTheCoreBootedAgainBetweenTwoChecks_reportsARestartEvenThoughUptimeGrew() {
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);
        core.setUptimeSeconds(3);
        gateway.health();

        nanoTime.addAndGet(TimeUnit.SECONDS.toNanos(60));
        core.setUptimeSeconds(10);

        assertThat(gateway.health().restartedSinceLastCheck()).isTrue();
        assertThat(gateway.health().restartedSinceLastCheck()).isFalse();
    }

    @Test
    void health_whenTheCoreAnswersOnANewConnectionWithinTheSameSecond_reportsAPossibleRestartOnce() {
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);
        core.setUptimeSeconds(0);
        assertThat(gateway.health().restartedSinceLastCheck()).isFalse();

        core.dropConnections();
        // The channel notices the lost connection asynchronously; the next checks after it report it once.
        boolean reported = false;
        for (int check = 0; check < 50 && !reported; check++) {
            reported = gateway.health().restartedSinceLastCheck();
            if (!reported) {
                pause(20);
            }
        }

        assertThat(reported).as("a new connection with the uptime unchanged").isTrue();
        assertThat(gateway.health().restartedSinceLastCheck()).isFalse();
    }

    @Test
    void health_whenUptimeKeepsPaceWithTime_reportsNoRestart() {
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);
        core.setUptimeSeconds(3);
        gateway.health();

        nanoTime.addAndGet(TimeUnit.SECONDS.toNanos(60));
        core.setUptimeSeconds(63);

        assertThat(gateway.health().restartedSinceLastCheck()).isFalse();
    }

    @Test
    void health_whenTheCoreIsGone_isDownWithoutThrowing() {
        XrayPanelGateway gateway = gateway("xray", Protocol.VLESS, FAST);
        core.close();

        PanelHealth health = gateway.health();

        assertThat(health.reachable()).isFalse();
        assertThat(health.detail()).contains("UNAVAILABLE");
    }
}
