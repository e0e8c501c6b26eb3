package dev.tollgate.application.port.out;

import java.net.URI;
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

    /**
     * The address as logs, the bot and the audit log may show it: a panel URL keeps its scheme, host and port, and its
     * path (the panel's web base path, a secret for 3x-UI and S-UI) becomes {@code /***}{@code /}; a core's
     * {@code host:port} is shown as it is.
     */
    public static String masked(String address) {
        if (!address.contains("://")) {
            return address;
        }
        try {
            URI uri = URI.create(address);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/") ? "/" : "/***/";
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
        } catch (IllegalArgumentException e) {
            return "(unparsable URL)";
        }
    }
}
