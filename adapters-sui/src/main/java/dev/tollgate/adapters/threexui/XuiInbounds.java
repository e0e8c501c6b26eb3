package dev.tollgate.adapters.threexui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tollgate.adapters.panelhttp.PanelHttp;
import dev.tollgate.application.port.out.PanelInbound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbounds of {@code GET panel/api/inbounds/list} (every generation, v1.x to main): {@code id}, {@code remark},
 * {@code protocol}, {@code port} and {@code enable}, and for a Reality inbound the public share-link parameters its
 * {@code streamSettings} hold, read as the panel's own subscription server reads them (v2.8.11 sub/subService.go
 * genVlessLink, main internal/sub/service.go applyShareRealityParams): {@code realitySettings.serverNames} (sni),
 * {@code realitySettings.shortIds} (sid), and in {@code realitySettings.settings} the {@code publicKey} (pbk),
 * {@code fingerprint} (fp), {@code spiderX} (spx) and {@code mldsa65Verify} (pqv). The panel picks a random server
 * name and short id per link; we take the first (the first non-empty short id), so every link is the same. The
 * {@code privateKey} beside them is never read. Up to v3.0.x {@code streamSettings} is a JSON-encoded string inside
 * the inbound object, from v3.1 the object itself; both are read.
 */
final class XuiInbounds {

    private static final Logger LOG = LoggerFactory.getLogger(XuiInbounds.class);

    private XuiInbounds() {
    }

    static List<PanelInbound> of(JsonNode list) {
        List<PanelInbound> inbounds = new ArrayList<>();
        list.forEach(inbound -> inbounds.add(new PanelInbound(inbound.path("id").asText(), inbound.path("remark").asText(""),
                inbound.path("protocol").asText(""), inbound.path("port").asInt(0), inbound.path("enable").asBoolean(true),
                linkParameters(inbound))));
        return inbounds;
    }

    /** The public link parameters of a Reality inbound; none for any other security. */
    static Map<String, String> linkParameters(JsonNode inbound) {
        JsonNode stream = object(inbound.path("streamSettings"), inbound.path("id").asText());
        if (!stream.path("security").asText("").equals("reality")) {
            return Map.of();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("security", "reality");
        String network = stream.path("network").asText("tcp").toLowerCase(Locale.ROOT);
        // Xray calls TCP "raw" since v24.9.30; share links keep "tcp", which every app reads.
        parameters.put("type", network.isEmpty() || network.equals("raw") ? "tcp" : network);
        JsonNode reality = stream.path("realitySettings");
        JsonNode client = reality.path("settings");
        first(reality.path("serverNames")).ifPresent(sni -> parameters.put("sni", sni));
        put(parameters, "pbk", client.path("publicKey"));
        first(reality.path("shortIds")).ifPresent(sid -> parameters.put("sid", sid));
        put(parameters, "fp", client.path("fingerprint"));
        put(parameters, "spx", client.path("spiderX"));
        put(parameters, "pqv", client.path("mldsa65Verify"));
        switch (parameters.get("type")) {
            case "grpc" -> {
                put(parameters, "serviceName", stream.path("grpcSettings").path("serviceName"));
                put(parameters, "authority", stream.path("grpcSettings").path("authority"));
            }
            case "xhttp" -> {
                put(parameters, "path", stream.path("xhttpSettings").path("path"));
                put(parameters, "host", stream.path("xhttpSettings").path("host"));
                put(parameters, "mode", stream.path("xhttpSettings").path("mode"));
            }
            default -> {
            }
        }
        return parameters;
    }

    /** A settings column: a JSON-encoded string up to v3.0.x, an object from v3.1; anything else reads as empty. */
    private static JsonNode object(JsonNode column, String inbound) {
        if (column.isObject()) {
            return column;
        }
        if (column.isTextual() && !column.asText().isBlank()) {
            try {
                return PanelHttp.json().readTree(column.asText());
            } catch (JsonProcessingException e) {
                LOG.debug("3x-UI inbound {} has unreadable streamSettings: {}", inbound, e.getOriginalMessage());
            }
        }
        return MissingNode.getInstance();
    }

    /** The first non-empty entry of a list (the panel stores an array; a comma-separated string is read too). */
    private static Optional<String> first(JsonNode values) {
        List<String> all = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(value -> all.add(value.asText("")));
        } else if (values.isTextual()) {
            all.addAll(List.of(values.asText().split(",")));
        }
        return all.stream().map(String::strip).filter(XuiInbounds::linkable).findFirst();
    }

    private static void put(Map<String, String> parameters, String key, JsonNode value) {
        if (value.isTextual() && linkable(value.asText().strip())) {
            parameters.put(key, value.asText().strip());
        }
    }

    /** What a share link may carry: 1 to 200 characters, none of them spaces or control characters. */
    private static boolean linkable(String value) {
        return value.matches("\\S{1,200}");
    }
}
