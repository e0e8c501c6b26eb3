package dev.tollgate.application.port.out;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where users' apps connect, as written into share links: host, port and the link parameters of the transport
 * ({@code type}, {@code security}, {@code sni}, {@code path}, {@code flow}, ...). {@code typedParameters} are the
 * owner's (from the configuration, or typed in the bot); {@code panelParameters} were read from the panel's inbound
 * when its connection was last tested (a 3x-UI Reality inbound's public key, server name, short id, ...). Links carry
 * both, a typed value winning over the panel's: {@link #linkParameters()}.
 */
public record PublicEndpoint(String host, int port, Map<String, String> typedParameters,
                             Map<String, String> panelParameters) {

    public PublicEndpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a public host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a public port is 1 to 65535: " + port);
        }
        typedParameters = Map.copyOf(typedParameters == null ? Map.of() : typedParameters);
        panelParameters = Map.copyOf(panelParameters == null ? Map.of() : panelParameters);
    }

    /** An endpoint whose link parameters are all the owner's. */
    public PublicEndpoint(String host, int port, Map<String, String> linkParameters) {
        this(host, port, linkParameters, Map.of());
    }

    /** What links carry: the parameters read from the panel, with the typed ones over them. */
    public Map<String, String> linkParameters() {
        if (panelParameters.isEmpty()) {
            return typedParameters;
        }
        Map<String, String> merged = new LinkedHashMap<>(panelParameters);
        merged.putAll(typedParameters);
        return Map.copyOf(merged);
    }

    /** The same endpoint with what its panel's inbound says now. */
    public PublicEndpoint withPanelParameters(Map<String, String> fromPanel) {
        return new PublicEndpoint(host, port, typedParameters, fromPanel);
    }
}
