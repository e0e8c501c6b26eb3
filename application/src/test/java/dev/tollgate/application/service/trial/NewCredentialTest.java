package dev.tollgate.application.service.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** New client credentials fit what each protocol's servers accept. */
class NewCredentialTest {

    private static ServerSettings server(Protocol protocol, Map<String, String> link) {
        return new ServerSettings(new ServerId("s1"), "memory", "S1", protocol,
                new PanelConnection("memory", "in", null, null, null, Map.of()), new PublicEndpoint("h.example.com", 443, link));
    }

    private static String secret(ServerSettings server) {
        return server.issueCredential(new TelegramUserId(7), new SubscriptionId(UUID.randomUUID())).secret();
    }

    @Test
    void shadowsocks2022_keyIsBase64OfTheMethodsKeySize() {
        assertThat(Base64.getDecoder().decode(secret(server(Protocol.SHADOWSOCKS_2022, Map.of("method", "2022-blake3-aes-128-gcm")))))
                .hasSize(16);
        assertThat(Base64.getDecoder().decode(secret(server(Protocol.SHADOWSOCKS_2022, Map.of("method", "2022-blake3-aes-256-gcm")))))
                .hasSize(32);
        assertThat(Base64.getDecoder().decode(secret(server(Protocol.SHADOWSOCKS_2022,
                Map.of("method", "2022-blake3-chacha20-poly1305"))))).hasSize(32);
        assertThat(Base64.getDecoder().decode(secret(server(Protocol.SHADOWSOCKS_2022, Map.of())))).hasSize(16);
    }

    @Test
    void uuidProtocolsGetAUuid_andTrojanAPassword() {
        assertThat(UUID.fromString(secret(server(Protocol.VLESS, Map.of())))).isNotNull();
        assertThat(secret(server(Protocol.TROJAN, Map.of()))).matches("[0-9a-f]{32}");
    }
}
