package dev.tollgate.application.port.out;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one panel or core. {@code address} is a gRPC {@code host:port} for cores or the panel's base URL
 * (with its base path) for HTTP panels; {@code inbound} is the core's inbound tag or the panel's inbound id.
 */
public record PanelConnection(String address, String inbound, String username, Secret password, Secret apiToken,
                              Map<String, String> options) {

    public PanelConnection {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(inbound, "inbound");
        username = username == null ? "" : username;
        password = password == null ? new Secret("") : password;
        apiToken = apiToken == null ? new Secret("") : apiToken;
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}
