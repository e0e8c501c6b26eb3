package dev.tollgate.adapters.xray;

import dev.tollgate.adapters.xray.proto.core.InboundHandlerConfig;
import dev.tollgate.adapters.xray.proto.proxyman.ListInboundsResponse;
import dev.tollgate.application.port.out.PanelInbound;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Xray core's inbounds as ListInbounds gives them: each handler's tag and, from the type of its proxy settings
 * ({@code xray.proxy.vless.inbound.Config}, {@code xray.proxy.trojan.ServerConfig},
 * {@code xray.proxy.shadowsocks_2022.MultiUserServerConfig}, ...), the protocol in the panels' spelling, so that
 * {@link PanelInbound#soldProtocol()} reads it alike. The port is not decoded (0: "the core does not say"); a core's
 * handlers are always on.
 */
final class CoreInbounds {

    private CoreInbounds() {
    }

    static List<PanelInbound> of(ListInboundsResponse response) {
        List<PanelInbound> inbounds = new ArrayList<>(response.getInboundsCount());
        for (InboundHandlerConfig handler : response.getInboundsList()) {
            if (!handler.getTag().isEmpty()) {
                inbounds.add(new PanelInbound(handler.getTag(), handler.getTag(),
                        protocol(handler.getProxySettings().getType()), 0, true));
            }
        }
        return List.copyOf(inbounds);
    }

    /** {@code vless}, {@code vmess}, {@code trojan} or {@code shadowsocks} (2022); else the proxy's own package name. */
    static String protocol(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("\\.");
        // xray.proxy.<name>[.inbound].<Message>
        String name = parts.length >= 3 && parts[1].equals("proxy") ? parts[2] : lower;
        return switch (name) {
            case "vless", "vmess", "trojan" -> name;
            case "shadowsocks_2022" -> "shadowsocks";
            case "shadowsocks" -> "shadowsocks-legacy";
            default -> name.isEmpty() ? "unknown" : name;
        };
    }
}
