package dev.tollgate.adapters.sui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.application.port.out.PanelClientDetails;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;

/**
 * A full S-UI client row (GET clients?id=) in our units, for an import. The credential is taken from the config key
 * the inbound's sing-box type reads (service/inbounds.go fetchUsers: config.shadowsocks16 on a
 * 2022-blake3-aes-128-gcm inbound); a client made in the web UI carries configs for every type, so guessing would
 * adopt the wrong secret. S-UI has no device limit and no Telegram id.
 */
final class SuiClientDetails {

    private static final long DAY_SECONDS = 86_400;

    private SuiClientDetails() {
    }

    static PanelClientDetails of(JsonNode row, JsonNode inbound) {
        String type = inbound.path("type").asText("");
        String key = type.equals("shadowsocks") && inbound.path("method").asText("").contains("aes-128")
                ? "shadowsocks16" : type;
        JsonNode config = row.path("config").path(key);
        String secret = config.path("uuid").asText("");
        if (secret.isEmpty()) {
            secret = config.path("password").asText("");
        }
        long expiry = row.path("expiry").asLong(0);
        boolean delayed = row.path("delayStart").asBoolean(false) && row.path("resetDays").asLong(0) > 0;
        return new PanelClientDetails(row.path("name").asText(), secret, row.path("enable").asBoolean(true),
                DataSize.ofBytes(Math.max(0, row.path("volume").asLong(0))),
                !delayed && expiry > 0 ? Instant.ofEpochSecond(expiry) : null,
                delayed ? Duration.ofSeconds(row.path("resetDays").asLong() * DAY_SECONDS) : null, 0, 0,
                row.path("desc").asText(""), new TrafficUsage(DataSize.ofBytes(Math.max(0, row.path("up").asLong(0))),
                DataSize.ofBytes(Math.max(0, row.path("down").asLong(0)))));
    }
}
