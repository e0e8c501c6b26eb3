package dev.tollgate.bootstrap.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase.Entry;
import dev.tollgate.domain.server.Protocol;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The subscription formats apps read: share links (base64 or plain), Clash/Mihomo YAML and sing-box JSON. Which one
 * an app wants is told by {@code ?format=} or else by its User-Agent (see {@link #forUserAgent}).
 */
enum FeedFormats {
    BASE64("text/plain; charset=utf-8", ".txt"),
    PLAIN("text/plain; charset=utf-8", ".txt"),
    CLASH("text/yaml; charset=utf-8", ".yaml"),
    SINGBOX("application/json; charset=utf-8", ".json");

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GROUP = "Tollgate";

    private final String contentType;
    private final String extension;

    FeedFormats(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format named by {@code ?format=}; empty for a name no app uses (the caller answers 400). */
    static Optional<FeedFormats> fromQuery(String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "base64", "v2ray", "" -> Optional.of(BASE64);
            case "plain", "raw", "links" -> Optional.of(PLAIN);
            case "clash", "mihomo", "meta", "stash" -> Optional.of(CLASH);
            case "singbox", "sing-box", "json" -> Optional.of(SINGBOX);
            default -> Optional.empty();
        };
    }

    /**
     * The format an app reads, from the User-Agent it sends when it fetches a subscription. Hiddify is checked before
     * the Clash family because its agent says "like ClashMeta" ("HiddifyNext/2.5 (android) like ClashMeta v2ray
     * sing-box") while it imports sing-box configs natively; sing-box's own apps send "SFA/", "SFI/", "SFM/", "SFT/"
     * and "sing-box"; Clash, Clash Verge, ClashX, FlClash, Mihomo (Clash.Meta) and Stash send their names. Everything
     * else (v2rayN, v2rayNG, Streisand, Happ, v2RayTun, Shadowrocket, NekoBox, unknown) gets base64 share links, which
     * every one of them imports.
     */
    static FeedFormats forUserAgent(String userAgent) {
        if (userAgent == null) {
            return BASE64;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("hiddify") || ua.contains("sing-box") || ua.contains("singbox") || ua.startsWith("sfa/")
                || ua.startsWith("sfi/") || ua.startsWith("sfm/") || ua.startsWith("sft/")) {
            return SINGBOX;
        }
        if (ua.contains("clash") || ua.contains("mihomo") || ua.contains("stash")) {
            return CLASH;
        }
        return BASE64;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    String render(List<Entry> entries) {
        return switch (this) {
            case PLAIN -> links(entries);
            case BASE64 -> Base64.getEncoder().encodeToString(links(entries).getBytes(StandardCharsets.UTF_8));
            case CLASH -> clash(entries);
            case SINGBOX -> singBox(entries);
        };
    }

    private static String links(List<Entry> entries) {
        return entries.stream().map(Entry::shareLink).collect(Collectors.joining("\n"));
    }

    private static String clash(List<Entry> entries) {
        StringBuilder yaml = new StringBuilder("proxies:\n");
        for (Entry entry : entries) {
            Map<String, String> p = entry.parameters();
            String security = p.getOrDefault("security", "none");
            yaml.append("  - name: ").append(quote(entry.name())).append('\n');
            yaml.append("    type: ").append(clashType(entry.protocol())).append('\n');
            yaml.append("    server: ").append(quote(entry.host())).append('\n');
            yaml.append("    port: ").append(entry.port()).append('\n');
            yaml.append("    udp: true\n");
            switch (entry.protocol()) {
                case VLESS -> {
                    yaml.append("    uuid: ").append(quote(entry.secret())).append('\n');
                    if (p.containsKey("flow")) {
                        yaml.append("    flow: ").append(quote(p.get("flow"))).append('\n');
                    }
                }
                case VMESS -> yaml.append("    uuid: ").append(quote(entry.secret())).append("\n    alterId: 0\n    cipher: auto\n");
                case TROJAN -> yaml.append("    password: ").append(quote(entry.secret())).append('\n');
                case SHADOWSOCKS_2022 -> yaml.append("    cipher: ").append(quote(p.getOrDefault("method", "2022-blake3-aes-128-gcm")))
                        .append("\n    password: ").append(quote(p.containsKey("serverKey") ? p.get("serverKey") + ":" + entry.secret() : entry.secret()))
                        .append('\n');
            }
            if (entry.protocol() != Protocol.SHADOWSOCKS_2022) {
                boolean tls = security.equals("tls") || security.equals("reality");
                yaml.append("    tls: ").append(tls).append('\n');
                if (p.containsKey("sni")) {
                    yaml.append(entry.protocol() == Protocol.TROJAN ? "    sni: " : "    servername: ").append(quote(p.get("sni"))).append('\n');
                }
                if (p.containsKey("fp")) {
                    yaml.append("    client-fingerprint: ").append(quote(p.get("fp"))).append('\n');
                }
                if (security.equals("reality")) {
                    yaml.append("    reality-opts:\n      public-key: ").append(quote(p.getOrDefault("pbk", "")))
                            .append("\n      short-id: ").append(quote(p.getOrDefault("sid", ""))).append('\n');
                }
                String network = p.getOrDefault("type", "tcp");
                yaml.append("    network: ").append(network).append('\n');
                if (network.equals("ws")) {
                    yaml.append("    ws-opts:\n      path: ").append(quote(p.getOrDefault("path", "/"))).append('\n');
                    if (p.containsKey("host")) {
                        yaml.append("      headers:\n        Host: ").append(quote(p.get("host"))).append('\n');
                    }
                } else if (network.equals("grpc")) {
                    yaml.append("    grpc-opts:\n      grpc-service-name: ").append(quote(p.getOrDefault("serviceName", ""))).append('\n');
                }
            }
        }
        if (entries.isEmpty()) {
            yaml.setLength(0);
            yaml.append("proxies: []\n");
        }
        yaml.append("proxy-groups:\n  - name: ").append(GROUP).append("\n    type: select\n    proxies:\n");
        entries.forEach(entry -> yaml.append("      - ").append(quote(entry.name())).append('\n'));
        yaml.append("      - DIRECT\nrules:\n  - MATCH,").append(GROUP).append('\n');
        return yaml.toString();
    }

    private static String clashType(Protocol protocol) {
        return switch (protocol) {
            case VLESS -> "vless";
            case VMESS -> "vmess";
            case TROJAN -> "trojan";
            case SHADOWSOCKS_2022 -> "ss";
        };
    }

    private static String singBox(List<Entry> entries) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode outbounds = root.putArray("outbounds");
        ObjectNode selector = outbounds.addObject();
        selector.put("type", "selector");
        selector.put("tag", "proxy");
        ArrayNode members = selector.putArray("outbounds");
        for (Entry entry : entries) {
            Map<String, String> p = entry.parameters();
            ObjectNode out = outbounds.addObject();
            members.add(entry.name());
            out.put("tag", entry.name());
            out.put("server", entry.host());
            out.put("server_port", entry.port());
            switch (entry.protocol()) {
                case VLESS -> {
                    out.put("type", "vless");
                    out.put("uuid", entry.secret());
                    if (p.containsKey("flow")) {
                        out.put("flow", p.get("flow"));
                    }
                    out.put("packet_encoding", "xudp");
                }
                case VMESS -> {
                    out.put("type", "vmess");
                    out.put("uuid", entry.secret());
                    out.put("security", "auto");
                    out.put("alter_id", 0);
                }
                case TROJAN -> {
                    out.put("type", "trojan");
                    out.put("password", entry.secret());
                }
                case SHADOWSOCKS_2022 -> {
                    out.put("type", "shadowsocks");
                    out.put("method", p.getOrDefault("method", "2022-blake3-aes-128-gcm"));
                    out.put("password", p.containsKey("serverKey") ? p.get("serverKey") + ":" + entry.secret() : entry.secret());
                }
            }
            String security = p.getOrDefault("security", "none");
            if (security.equals("tls") || security.equals("reality")) {
                ObjectNode tls = out.putObject("tls");
                tls.put("enabled", true);
                if (p.containsKey("sni")) {
                    tls.put("server_name", p.get("sni"));
                }
                if (p.containsKey("fp") || security.equals("reality")) {
                    ObjectNode utls = tls.putObject("utls");
                    utls.put("enabled", true);
                    utls.put("fingerprint", p.getOrDefault("fp", "chrome"));
                }
                if (security.equals("reality")) {
                    ObjectNode reality = tls.putObject("reality");
                    reality.put("enabled", true);
                    reality.put("public_key", p.getOrDefault("pbk", ""));
                    reality.put("short_id", p.getOrDefault("sid", ""));
                }
            }
            String network = p.getOrDefault("type", "tcp");
            if (network.equals("ws") || network.equals("grpc") || network.equals("httpupgrade")) {
                ObjectNode transport = out.putObject("transport");
                transport.put("type", network);
                if (network.equals("grpc")) {
                    transport.put("service_name", p.getOrDefault("serviceName", ""));
                } else {
                    transport.put("path", p.getOrDefault("path", "/"));
                    if (p.containsKey("host")) {
                        if (network.equals("ws")) {
                            transport.putObject("headers").put("Host", p.get("host"));
                        } else {
                            transport.put("host", p.get("host"));
                        }
                    }
                }
            }
        }
        members.add("direct");
        outbounds.addObject().put("type", "direct").put("tag", "direct");
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sing-box config", e);
        }
    }

    /** YAML double-quoted scalar: safe for any name, host or secret. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
