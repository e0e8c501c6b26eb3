package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.PanelAuthenticationException;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TrafficUsage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gateways for the four kinds an admin can add, over one scripted panel: panels (3x-ui, s-ui) take {@link #USER} with
 * {@link #PASSWORD} or the token {@link #TOKEN} and list {@link #inbounds}; cores answer health. {@link #goDown()}
 * makes every server unreachable. It stores no clients: it is for testing connections, not for selling.
 */
public final class InMemoryPanelGatewayFactory implements PanelGatewayFactory {

    public static final String USER = "admin";
    public static final String PASSWORD = "s3cret!";
    public static final String TOKEN = "tok-0123456789abcdef";

    /** The public key inbound 1 gives as a Reality inbound of 3x-UI does. */
    public static final String REALITY_PUBLIC_KEY = "Z84J2IelR9ch3k8VtlVhhs5ycBUlXA7wHBWcBrjqnAw";

    public final List<PanelInbound> inbounds = new CopyOnWriteArrayList<>(List.of(
            new PanelInbound("1", "VLESS reality", "vless", 443, true, java.util.Map.of("security", "reality",
                    "type", "tcp", "sni", "www.apple.com", "pbk", REALITY_PUBLIC_KEY, "sid", "6ba85179e30d4fc2",
                    "fp", "chrome")),
            new PanelInbound("2", "Trojan ws", "trojan", 8443, true),
            new PanelInbound("3", "socks", "socks", 1080, true)));
    /** The handlers an Xray core lists (ListInbounds, v25.6.7+) when {@link #xrayListsInbounds}; port 0, as Xray says none. */
    public final List<PanelInbound> coreInbounds = new CopyOnWriteArrayList<>(List.of(
            new PanelInbound("api", "api", "dokodemo", 0, true),
            new PanelInbound("vless-in", "vless-in", "vless", 0, true),
            new PanelInbound("trojan-in", "trojan-in", "trojan", 0, true)));
    /** Whether an xray core lists its inbounds (a modern Xray) or not (older, and every V2Ray). */
    public volatile boolean xrayListsInbounds;
    /** Servers whose address contains one of these do not answer, as if that host were down. */
    public final Set<String> unreachable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    /** Gateways opened and closed so far: a probe closes what it opens. */
    public int opened() {
        return opened.get();
    }

    public int closed() {
        return closed.get();
    }

    @Override
    public Set<String> kinds() {
        return Set.of("3x-ui", "s-ui", "xray", "v2ray");
    }

    @Override
    public PanelGateway open(ServerSettings server) {
        opened.incrementAndGet();
        boolean panel = server.kind().equals("3x-ui") || server.kind().equals("s-ui");
        java.util.function.BooleanSupplier away = () -> down
                || unreachable.stream().anyMatch(server.connection().address()::contains);
        return new PanelGateway() {
            @Override
            public Set<PanelCapability> capabilities() {
                return panel ? EnumSet.of(PanelCapability.LISTS_INBOUNDS, PanelCapability.PERSISTENT_CLIENTS)
                        : server.kind().equals("xray") ? EnumSet.of(PanelCapability.LISTS_INBOUNDS)
                        : EnumSet.noneOf(PanelCapability.class);
            }

            private void login() {
                if (away.getAsBoolean()) {
                    // Like the real adapters, which name only host and port: a panel's base path is a secret.
                    throw new PanelUnavailableException(server.kind() + " at "
                            + dev.tollgate.application.port.out.PanelConnection.masked(server.connection().address())
                            + " does not answer (connection refused)", null);
                }
                var c = server.connection();
                boolean ok = c.apiToken().isEmpty() ? USER.equals(c.username()) && PASSWORD.equals(c.password().value())
                        : TOKEN.equals(c.apiToken().value());
                if (!ok) {
                    throw new PanelAuthenticationException(server.kind() + " refused the login of " + c.username()
                            + ": Invalid username or password or two-factor code.");
                }
            }

            @Override
            public List<PanelInbound> inbounds() {
                if (!panel) {
                    if (away.getAsBoolean()) {
                        throw new PanelUnavailableException("UNAVAILABLE: io exception", null);
                    }
                    return xrayListsInbounds ? List.copyOf(coreInbounds) : List.of();
                }
                login();
                return List.copyOf(inbounds);
            }

            @Override
            public PanelHealth health() {
                try {
                    if (panel) {
                        login();
                        if (inbounds.stream().noneMatch(i -> i.id().equals(server.connection().inbound()))) {
                            return PanelHealth.down("no inbound " + server.connection().inbound());
                        }
                    } else if (away.getAsBoolean()) {
                        return PanelHealth.down("UNAVAILABLE: io exception");
                    }
                    return PanelHealth.up(server.kind() + " (in memory)", false);
                } catch (RuntimeException e) {
                    return PanelHealth.down(e.getMessage());
                }
            }

            @Override
            public void createClient(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public void updateClient(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public void enableClient(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public void disableClient(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public void deleteClient(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public TrafficUsage usage(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public void resetTraffic(PanelClient client) {
                throw new UnsupportedOperationException("a probe gateway sells nothing");
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }
}
