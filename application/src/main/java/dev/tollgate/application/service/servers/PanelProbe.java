package dev.tollgate.application.service.servers;

import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.ServerSettings;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a throw-away gateway on settings that are not stored yet and asks it what an admin needs to know before
 * saving: whether it answers, whether it takes the credentials, and (for panels) which inbounds it has. The gateway
 * is closed again whatever happened; nothing here is kept.
 */
final class PanelProbe {

    /** What a probe found. */
    sealed interface Outcome {
    }

    record Answered(String detail, List<PanelInbound> inbounds) implements Outcome {
    }

    record WrongCredentials(String detail) implements Outcome {
    }

    record Unreachable(String detail) implements Outcome {
    }

    record BadAddress(String detail) implements Outcome {
    }

    /** The panel lacks the server's inbound, or it speaks another protocol than the server's. */
    record WrongInbound(String detail) implements Outcome {
    }

    private final Map<String, PanelGatewayFactory> byKind = new LinkedHashMap<>();

    PanelProbe(Collection<PanelGatewayFactory> factories) {
        factories.forEach(factory -> factory.kinds().forEach(kind -> byKind.put(kind, factory)));
    }

    boolean knows(String kind) {
        return byKind.containsKey(kind);
    }

    static boolean isPanel(String kind) {
        return kind.equals("3x-ui") || kind.equals("s-ui");
    }

    /**
     * A problem with the address as typed, or empty: panels take {@code http(s)://host[:port]/base/path/}, cores
     * {@code host:port}.
     */
    static Optional<String> addressProblem(String kind, String address) {
        if (isPanel(kind)) {
            try {
                URI uri = URI.create(address);
                if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                        || uri.getHost() == null) {
                    return Optional.of("a panel address is its URL with http:// or https://, e.g. https://panel.example.com:2053/base/");
                }
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of("not a URL");
            }
        }
        if (!address.matches("[A-Za-z0-9.\\-]{1,253}:[0-9]{1,5}") && !address.matches("\\[[0-9A-Fa-f:]+]:[0-9]{1,5}")) {
            return Optional.of("a core's API address is host:port, e.g. 127.0.0.1:10085");
        }
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        return port >= 1 && port <= 65535 ? Optional.empty() : Optional.of("the port must be 1 to 65535");
    }

    /** A panel URL ends with '/', so its base path resolves as a directory. */
    static String normalized(String kind, String address) {
        String trimmed = address.strip();
        return isPanel(kind) && !trimmed.endsWith("/") ? trimmed + "/" : trimmed;
    }

    /**
     * Calls the server: a panel is asked for its inbounds (which needs a working login), a core for its health. With
     * {@code checkHealth} a panel's health on the chosen inbound is asked too.
     */
    Outcome probe(ServerSettings candidate, boolean checkHealth) {
        PanelGatewayFactory factory = byKind.get(candidate.kind());
        if (factory == null) {
            return new BadAddress("no adapter for servers of kind " + candidate.kind());
        }
        PanelGateway gateway;
        try {
            gateway = factory.open(candidate);
        } catch (IllegalArgumentException e) {
            return new BadAddress(e.getMessage());
        }
        try {
            List<PanelInbound> inbounds = List.of();
            if (gateway.capabilities().contains(PanelCapability.LISTS_INBOUNDS)) {
                inbounds = gateway.inbounds();
            }
            if (checkHealth && isPanel(candidate.kind()) && !inbounds.isEmpty()) {
                Optional<String> wrong = inboundProblem(candidate, inbounds);
                if (wrong.isPresent()) {
                    return new WrongInbound(wrong.get());
                }
            }
            if (!isPanel(candidate.kind()) || checkHealth) {
                PanelHealth health = gateway.health();
                if (!health.reachable()) {
                    return new Unreachable(health.detail());
                }
                return new Answered(health.version().isEmpty() ? health.detail() : health.version(), inbounds);
            }
            return new Answered(candidate.kind(), inbounds);
        } catch (PanelAuthenticationException e) {
            return new WrongCredentials(e.getMessage());
        } catch (PanelException e) {
            return new Unreachable(e.getMessage());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return new BadAddress(e.getMessage());
        } finally {
            try {
                gateway.close();
            } catch (RuntimeException e) {
                System.getLogger(PanelProbe.class.getName()).log(System.Logger.Level.DEBUG,
                        "closing a probe gateway failed: " + e.getMessage());
            }
        }
    }

    private static Optional<String> inboundProblem(ServerSettings server, List<PanelInbound> inbounds) {
        for (String id : server.connection().inbound().split(",")) {
            Optional<PanelInbound> inbound = inbounds.stream().filter(i -> i.id().equals(id.strip())).findFirst();
            if (inbound.isEmpty()) {
                return Optional.of("the panel has no inbound " + id.strip());
            }
            if (!inbound.get().soldProtocol().equals(Optional.of(server.protocol()))) {
                return Optional.of("inbound " + id.strip() + " is " + inbound.get().protocol() + ", not "
                        + server.protocol().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
