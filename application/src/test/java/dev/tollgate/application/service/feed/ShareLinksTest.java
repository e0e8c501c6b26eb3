package dev.tollgate.application.service.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.subscription.ClientCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareLinksTest {

    private static final ClientCredential CREDENTIAL =
            new ClientCredential("tg7-abc", "b831381d-6324-4d53-ad4f-8cda48b30811");

    private static ServerSettings server(Protocol protocol, String host, Map<String, String> parameters) {
        return new ServerSettings(new ServerId("nl-1"), "xray", "NL 1", protocol,
                new PanelConnection("127.0.0.1:10085", "in", null, null, null, Map.of()),
                new PublicEndpoint(host, 8443, parameters));
    }

    @Test
    void vless_withTlsParameters_followsTheShareLinkStandard() {
        String link = new ShareLinks().linkFor(server(Protocol.VLESS, "vpn.example.com",
                Map.of("security", "tls", "sni", "vpn.example.com", "fp", "chrome", "type", "tcp")), CREDENTIAL, "NL 1 / trial");
        assertThat(link).isEqualTo("vless://b831381d-6324-4d53-ad4f-8cda48b30811@vpn.example.com:8443"
                + "?encryption=none&security=tls&type=tcp&fp=chrome&sni=vpn.example.com#NL%201%20%2F%20trial");
    }

    @Test
    void vless_onIpv6Host_putsTheHostInBrackets() {
        String link = new ShareLinks().linkFor(server(Protocol.VLESS, "2001:db8::1", Map.of()), CREDENTIAL, "x");
        assertThat(link).startsWith("vless://b831381d-6324-4d53-ad4f-8cda48b30811@[2001:db8::1]:8443?encryption=none&security=none&type=tcp");
    }

    @Test
    void vmess_isBase64OfTheV2rayNJson() {
        String link = new ShareLinks().linkFor(server(Protocol.VMESS, "vpn.example.com", Map.of("type", "ws", "path", "/p")), CREDENTIAL, "NL \"1\"");
        String json = new String(Base64.getDecoder().decode(link.substring("vmess://".length())), StandardCharsets.UTF_8);
        assertThat(json).contains("\"v\":\"2\"", "\"ps\":\"NL \\\"1\\\"\"", "\"add\":\"vpn.example.com\"", "\"port\":\"8443\"",
                "\"id\":\"b831381d-6324-4d53-ad4f-8cda48b30811\"", "\"aid\":\"0\"", "\"net\":\"ws\"", "\"path\":\"/p\"", "\"tls\":\"\"");
    }

    @Test
    void trojan_percentEncodesThePassword() {
        String link = new ShareLinks().linkFor(server(Protocol.TROJAN, "vpn.example.com", Map.of()),
                new ClientCredential("tg7-abc", "p@ss word"), "t");
        assertThat(link).startsWith("trojan://p%40ss%20word@vpn.example.com:8443?security=none&type=tcp#t");
    }

    @Test
    void shadowsocks2022_usesPlainPercentEncodedUserInfo() {
        String link = new ShareLinks().linkFor(server(Protocol.SHADOWSOCKS_2022, "vpn.example.com",
                Map.of("method", "2022-blake3-aes-128-gcm", "serverKey", "c2VydmVy")), new ClientCredential("tg7-abc", "dXNlcg=="), "s");
        assertThat(link).isEqualTo("ss://2022-blake3-aes-128-gcm:c2VydmVy%3AdXNlcg%3D%3D@vpn.example.com:8443#s");
    }
}
