package dev.tollgate.adapters.xray.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A V2Ray 4.x client process built from a share link (vless://, vmess:// or trojan:// over plain TCP, as
 * ShareLinks writes them), with a SOCKS inbound on a free loopback port: what a user's app would do, per
 * docs/panel-api-facts.md section 4.4.
 */
public final class V2RayClient implements AutoCloseable {

    private static final int CONNECT_ATTEMPTS = 3;
    private static final int TUNNEL_ATTEMPTS = 2;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(150);

    private final int socksPort;
    private final Path log;
    private final Process process;

    private V2RayClient(int socksPort, Path log, Process process) {
        this.socksPort = socksPort;
        this.log = log;
        this.process = process;
    }

    public static V2RayClient fromShareLink(String link, Path workDir) {
        String outbound = outboundFor(link);
        int socksPort = V2RayBinary.freePort();
        try {
            Files.createDirectories(workDir);
            Path config = workDir.resolve("v2ray-client-" + socksPort + ".json");
            Path log = workDir.resolve("v2ray-client-" + socksPort + ".log");
            Files.writeString(config, """
                    {
                      "log": {"loglevel": "warning"},
                      "inbounds": [{"tag": "socks-in", "listen": "127.0.0.1", "port": %d, "protocol": "socks",
                                    "settings": {"auth": "noauth", "udp": false}}],
                      "outbounds": [%s]
                    }
                    """.formatted(socksPort, outbound), StandardCharsets.UTF_8);
            Process process = V2RayBinary.start(config, log);
            try {
                V2RayBinary.awaitPorts(process, log, socksPort);
                awaitSocksGreeting(process, log, socksPort);
            } catch (RuntimeException e) {
                V2RayBinary.stop(process);
                throw e;
            }
            return new V2RayClient(socksPort, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a V2Ray client in " + workDir, e);
        }
    }

    /** A listening port is not yet a working proxy: wait until the SOCKS5 greeting is answered with "no auth". */
    private static void awaitSocksGreeting(Process process, Path log, int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(V2RayBinary.LOOPBACK, port), 1000);
                socket.setSoTimeout(1000);
                socket.getOutputStream().write(new byte[] {5, 1, 0});
                socket.getOutputStream().flush();
                byte[] reply = socket.getInputStream().readNBytes(2);
                if (reply.length == 2 && reply[0] == 5 && reply[1] == 0) {
                    return;
                }
            } catch (IOException e) {
                // not ready yet
            }
            if (!process.isAlive() || System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the V2Ray client's SOCKS port " + port + " never answered; log "
                        + log + ":\n" + V2RayBinary.tail(log));
            }
            V2RayBinary.pause(Duration.ofMillis(20));
        }
    }

    public int socksPort() {
        return socksPort;
    }

    public Path logFile() {
        return log;
    }

    /**
     * HTTP GET through the SOCKS proxy on a fresh connection (no keep-alive, so a revoked user cannot ride an old
     * tunnel): the status code, or -1 when no answer came. A refused connection to the SOCKS port is tried up to
     * three times (the process may still be starting); any other failure once more, because the first tunnel of a
     * fresh client process occasionally stalls. A rejected user sees its tunnel closed (VLESS, Trojan after a
     * pause) or held open until the short read timeout (VMess, which hides from probes).
     */
    public int fetchStatus(URI url) {
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return fetchOnce(url);
            } catch (ConnectException e) {
                if (attempt >= CONNECT_ATTEMPTS) {
                    return -1;
                }
            } catch (IOException e) {
                if (++failures >= TUNNEL_ATTEMPTS) {
                    return -1;
                }
            }
            V2RayBinary.pause(BETWEEN_ATTEMPTS);
        }
    }

    private int fetchOnce(URI url) throws IOException {
        Proxy proxy = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(V2RayBinary.LOOPBACK, socksPort));
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection(proxy);
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            connection.setUseCaches(false);
            connection.setRequestProperty("Connection", "close");
            int status = connection.getResponseCode();
            try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    @Override
    public void close() {
        V2RayBinary.stop(process);
    }

    static String outboundFor(String link) {
        String scheme = link.substring(0, Math.max(0, link.indexOf("://"))).toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "vless" -> {
                Endpoint e = Endpoint.parse(link);
                requirePlainTcp(e.parameters);
                yield """
                        {"tag": "proxy", "protocol": "vless",
                         "settings": {"vnext": [{"address": %s, "port": %d,
                            "users": [{"id": %s, "encryption": "none", "level": 0}]}]},
                         "streamSettings": {"network": "tcp", "security": "none"}}
                        """.formatted(V2RayBinary.quote(e.host), e.port, V2RayBinary.quote(e.secret));
            }
            case "trojan" -> {
                Endpoint e = Endpoint.parse(link);
                requirePlainTcp(e.parameters);
                yield """
                        {"tag": "proxy", "protocol": "trojan",
                         "settings": {"servers": [{"address": %s, "port": %d, "password": %s, "level": 0}]},
                         "streamSettings": {"network": "tcp", "security": "none"}}
                        """.formatted(V2RayBinary.quote(e.host), e.port, V2RayBinary.quote(e.secret));
            }
            case "vmess" -> {
                String json = new String(Base64.getDecoder().decode(link.substring("vmess://".length()).trim()),
                        StandardCharsets.UTF_8);
                Map<String, String> parameters = new HashMap<>();
                parameters.put("type", jsonValue(json, "net", "tcp"));
                parameters.put("security", jsonValue(json, "tls", "").isEmpty() ? "none" : jsonValue(json, "tls", ""));
                requirePlainTcp(parameters);
                yield """
                        {"tag": "proxy", "protocol": "vmess",
                         "settings": {"vnext": [{"address": %s, "port": %s,
                            "users": [{"id": %s, "alterId": 0, "security": %s, "level": 0}]}]},
                         "streamSettings": {"network": "tcp", "security": "none"}}
                        """.formatted(V2RayBinary.quote(jsonValue(json, "add", null)),
                        Integer.parseInt(jsonValue(json, "port", null)),
                        V2RayBinary.quote(jsonValue(json, "id", null)),
                        V2RayBinary.quote(jsonValue(json, "scy", "auto")));
            }
            default -> throw new IllegalArgumentException("not a vless://, vmess:// or trojan:// link: " + scheme);
        };
    }

    private static void requirePlainTcp(Map<String, String> parameters) {
        String type = parameters.getOrDefault("type", "tcp");
        String security = parameters.getOrDefault("security", "none");
        if (!type.equals("tcp") || !security.equals("none")) {
            throw new IllegalArgumentException("the test client speaks plain TCP only, not type=" + type
                    + " security=" + security);
        }
    }

    /** A string or number member of a flat JSON object; enough for the v2rayN vmess format. */
    private static String jsonValue(String json, String key, String fallback) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\d+))")
                .matcher(json);
        if (m.find()) {
            return m.group(1) != null ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(2);
        }
        if (fallback == null) {
            throw new IllegalArgumentException("vmess link without \"" + key + "\"");
        }
        return fallback;
    }

    private record Endpoint(String secret, String host, int port, Map<String, String> parameters) {

        static Endpoint parse(String link) {
            URI uri = URI.create(link);
            if (uri.getRawUserInfo() == null || uri.getHost() == null || uri.getPort() < 0) {
                throw new IllegalArgumentException("a share link needs secret@host:port");
            }
            Map<String, String> parameters = new HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                    }
                }
            }
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            return new Endpoint(decode(uri.getRawUserInfo()), host, uri.getPort(), parameters);
        }

        private static String decode(String value) {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
