package dev.tollgate.application.port.out;

import java.util.Map;
import java.util.Objects;

/**
 * Where users' apps connect, as written into share links: host, port and the link parameters of the transport
 * ({@code type}, {@code security}, {@code sni}, {@code path}, {@code flow}, ...).
 */
public record PublicEndpoint(String host, int port, Map<String, String> linkParameters) {

    public PublicEndpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a public host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a public port is 1 to 65535: " + port);
        }
        linkParameters = Map.copyOf(linkParameters == null ? Map.of() : linkParameters);
    }
}
