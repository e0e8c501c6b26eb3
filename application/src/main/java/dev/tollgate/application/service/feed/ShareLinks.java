package dev.tollgate.application.service.feed;

import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.subscription.ClientCredential;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Builds the share links (vless://, vmess://, trojan://, ss://) that users paste or scan into their apps. */
public final class ShareLinks {

    /** The name a link shows in the user's app: the server's name and the client's email, the same everywhere. */
    public static String remark(ServerSettings server, ClientCredential credential) {
        return server.displayName() + "-" + credential.email();
    }

    /** The link for one credential on one server, named by {@link #remark}. */
    public String linkFor(ServerSettings server, ClientCredential credential) {
        return linkFor(server, credential, remark(server, credential));
    }

    /** The link for one credential on one server, with the remark shown as its name in the user's app. */
    public String linkFor(ServerSettings server, ClientCredential credential, String remark) {
        PublicEndpoint endpoint = server.endpoint();
        return switch (server.protocol()) {
            case VLESS -> uriLink("vless", credential.secret(), endpoint, vlessParameters(endpoint), remark);
            case TROJAN -> uriLink("trojan", credential.secret(), endpoint, streamParameters(endpoint), remark);
            case VMESS -> vmessLink(credential, endpoint, remark);
            case SHADOWSOCKS_2022 -> shadowsocksLink(credential, endpoint, remark);
        };
    }

    private static Map<String, String> vlessParameters(PublicEndpoint endpoint) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("encryption", endpoint.linkParameters().getOrDefault("encryption", "none"));
        parameters.putAll(streamParameters(endpoint));
        return parameters;
    }

    private static Map<String, String> streamParameters(PublicEndpoint endpoint) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("security", endpoint.linkParameters().getOrDefault("security", "none"));
        parameters.put("type", endpoint.linkParameters().getOrDefault("type", "tcp"));
        new TreeMap<>(endpoint.linkParameters()).forEach((key, value) -> {
            if (!key.equals("encryption") && !key.equals("method") && !value.isEmpty()) {
                parameters.putIfAbsent(key, value);
            }
        });
        return parameters;
    }

    private static String uriLink(String scheme, String userInfo, PublicEndpoint endpoint,
                                  Map<String, String> parameters, String remark) {
        StringBuilder link = new StringBuilder(scheme).append("://")
                .append(encode(userInfo)).append('@').append(hostPart(endpoint.host())).append(':').append(endpoint.port());
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = "&";
        }
        return link.append('#').append(encode(remark)).toString();
    }

    private static String vmessLink(ClientCredential credential, PublicEndpoint endpoint, String remark) {
        Map<String, String> parameters = endpoint.linkParameters();
        String json = "{" + String.join(",",
                jsonField("v", "2"),
                jsonField("ps", remark),
                jsonField("add", endpoint.host()),
                jsonField("port", Integer.toString(endpoint.port())),
                jsonField("id", credential.secret()),
                jsonField("aid", "0"),
                jsonField("scy", parameters.getOrDefault("scy", "auto")),
                jsonField("net", parameters.getOrDefault("type", "tcp")),
                jsonField("type", parameters.getOrDefault("headerType", "none")),
                jsonField("host", parameters.getOrDefault("host", "")),
                jsonField("path", parameters.getOrDefault("path", "")),
                jsonField("tls", tlsValue(parameters.getOrDefault("security", "none"))),
                jsonField("sni", parameters.getOrDefault("sni", ""))) + "}";
        return "vmess://" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String tlsValue(String security) {
        return security.equals("none") ? "" : security;
    }

    private static String shadowsocksLink(ClientCredential credential, PublicEndpoint endpoint, String remark) {
        String method = endpoint.linkParameters().getOrDefault("method", "2022-blake3-aes-128-gcm");
        String serverKey = endpoint.linkParameters().get("serverKey");
        String password = serverKey == null ? credential.secret() : serverKey + ":" + credential.secret();
        // SIP002: SS-2022 user info is percent-encoded, never base64.
        return "ss://" + encode(method) + ":" + encode(password) + "@" + hostPart(endpoint.host()) + ":"
                + endpoint.port() + "#" + encode(remark);
    }

    private static String hostPart(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String jsonField(String name, String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return "\"" + name + "\":\"" + escaped + "\"";
    }
}
