package dev.tollgate.adapters.sui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.application.port.out.PanelInbound;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code GET inbounds} without an id: every inbound as S-UI 1.2+ keeps it, a sing-box inbound with
 * {@code id}, {@code tag}, {@code type} (the protocol) and {@code listen_port}; S-UI has no enable flag on inbounds.
 */
final class SuiInbounds {

    private SuiInbounds() {
    }

    static List<PanelInbound> of(JsonNode obj) {
        List<PanelInbound> inbounds = new ArrayList<>();
        obj.path("inbounds").forEach(inbound -> inbounds.add(new PanelInbound(inbound.path("id").asText(),
                inbound.path("tag").asText(""), inbound.path("type").asText(""), inbound.path("listen_port").asInt(0),
                true)));
        return inbounds;
    }
}
