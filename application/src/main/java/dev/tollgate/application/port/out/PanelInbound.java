package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.Protocol;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One inbound a panel offers, as an admin picks it when adding a server: the id or tag clients are attached to, the
 * panel's remark or tag, its protocol in the panel's own spelling ({@code vless}, {@code shadowsocks}, ...), its port
 * (0 when the panel does not say) and whether it is switched on. {@code linkParameters} are the public share-link
 * parameters the panel's inbound settings give (for a 3x-UI Reality inbound: {@code security}, {@code type},
 * {@code sni}, {@code pbk}, {@code sid}, {@code fp}, {@code spx}); never a private key.
 */
public record PanelInbound(String id, String remark, String protocol, int port, boolean enabled,
                           Map<String, String> linkParameters) {

    public PanelInbound {
        Objects.requireNonNull(id, "id");
        remark = remark == null ? "" : remark;
        protocol = protocol == null ? "" : protocol;
        linkParameters = Map.copyOf(linkParameters == null ? Map.of() : linkParameters);
    }

    /** An inbound whose settings give no link parameters. */
    public PanelInbound(String id, String remark, String protocol, int port, boolean enabled) {
        this(id, remark, protocol, port, enabled, Map.of());
    }

    /** The protocol Tollgate sells on this inbound, or empty when it sells none there (socks, http, wireguard, ...). */
    public Optional<Protocol> soldProtocol() {
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "vless" -> Optional.of(Protocol.VLESS);
            case "vmess" -> Optional.of(Protocol.VMESS);
            case "trojan" -> Optional.of(Protocol.TROJAN);
            case "shadowsocks" -> Optional.of(Protocol.SHADOWSOCKS_2022);
            default -> Optional.empty();
        };
    }
}
