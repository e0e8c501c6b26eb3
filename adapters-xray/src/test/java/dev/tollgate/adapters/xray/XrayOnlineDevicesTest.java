package dev.tollgate.adapters.xray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Devices online from Xray's online-IP map (GetStatsOnlineIpList); V2Ray 4.34 has no such statistics. */
class XrayOnlineDevicesTest {

    private final FakeXrayCore core = new FakeXrayCore();
    private XrayPanelGateway gateway;
    private final PanelClient client = new PanelClient("tg5-0a0b0c0d", UUID.randomUUID().toString(), Protocol.VLESS,
            DataSize.ZERO, null, null, true, new TelegramUserId(5), "k", 2);

    @BeforeEach
    void start() {
        gateway = new XrayPanelGateway(XrayGatewayBehaviourTest.settings("xray", Protocol.VLESS, FakeXrayCore.INBOUND),
                core.channel(), new CallPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(1)), System::nanoTime);
        gateway.createClient(client);
    }

    @AfterEach
    void stop() {
        gateway.close();
        core.close();
    }

    @Test
    void devicesOnline_withTwoIpsInTheOnlineMap_countsTwoAndAnOfflineUserZero() {
        core.connectFrom(client.email(), "203.0.113.7", 1_780_000_000L);
        core.connectFrom(client.email(), "198.51.100.20", 1_780_000_005L);

        assertThat(gateway.capabilities()).contains(PanelCapability.ONLINE_DEVICES);
        assertThat(gateway.devicesOnline(client)).isEqualTo(2);
        assertThat(gateway.devicesOnline(new PanelClient("tg6-0a0b0c0e", UUID.randomUUID().toString(), Protocol.VLESS,
                DataSize.ZERO, null, null, true, new TelegramUserId(6), "k6", 0))).isZero();
        assertThat(core.calls("GetStatsOnlineIpList")).isEqualTo(2);
    }

    @Test
    void capabilities_ofAV2RayCore_doNotPromiseOnlineDevices() {
        XrayPanelGateway v2ray = new XrayPanelGateway(XrayGatewayBehaviourTest.settings("v2ray", Protocol.VLESS,
                FakeXrayCore.INBOUND), core.channel(), new CallPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(1)),
                System::nanoTime);
        try {
            assertThat(v2ray.capabilities()).doesNotContain(PanelCapability.ONLINE_DEVICES);
        } finally {
            v2ray.close();
        }
    }
}
