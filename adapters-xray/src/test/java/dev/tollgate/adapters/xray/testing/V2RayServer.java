package dev.tollgate.adapters.xray.testing;

import dev.tollgate.adapters.xray.proto.stats.SysStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.SysStatsResponse;
import dev.tollgate.domain.server.Protocol;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real V2Ray 4.x core on loopback, configured as in docs/panel-api-facts.md section 4.3: the gRPC API behind a
 * dokodemo-door inbound and a {@code "type":"field"} routing rule, stats with per-user counters at policy level 0,
 * and one empty inbound tagged {@link #inboundTag()} (VLESS by default, or VMess or Trojan) on plain TCP.
 * Users are added only through the API. Process output goes to a log file in the work directory.
 */
public final class V2RayServer implements AutoCloseable {

    private static final String INBOUND_TAG = "vless-in";
    private static final Duration API_TIMEOUT = Duration.ofSeconds(20);
    private static final MethodDescriptor<SysStatsRequest, SysStatsResponse> GET_SYS_STATS =
            MethodDescriptor.<SysStatsRequest, SysStatsResponse>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName("v2ray.core.app.stats.command.StatsService/GetSysStats")
                    .setRequestMarshaller(ProtoUtils.marshaller(SysStatsRequest.getDefaultInstance()))
                    .setResponseMarshaller(ProtoUtils.marshaller(SysStatsResponse.getDefaultInstance()))
                    .build();

    private final Protocol protocol;
    private final int apiPort;
    private final int inboundPort;
    private final Path config;
    private final Path log;
    private Process process;

    private V2RayServer(Protocol protocol, int apiPort, int inboundPort, Path config, Path log) {
        this.protocol = protocol;
        this.apiPort = apiPort;
        this.inboundPort = inboundPort;
        this.config = config;
        this.log = log;
    }

    /** A core with an empty VLESS inbound; returns once its API answers. */
    public static V2RayServer start(Path workDir) {
        return start(workDir, Protocol.VLESS);
    }

    /** A core with an empty inbound of that protocol (VLESS, VMESS or TROJAN); returns once its API answers. */
    public static V2RayServer start(Path workDir, Protocol protocol) {
        V2RayBinary.executable();
        int apiPort = V2RayBinary.freePort();
        int inboundPort = V2RayBinary.freePort();
        while (inboundPort == apiPort) {
            inboundPort = V2RayBinary.freePort();
        }
        try {
            Files.createDirectories(workDir);
            Path config = workDir.resolve("v2ray-server-" + inboundPort + ".json");
            Files.writeString(config, configJson(protocol, apiPort, inboundPort), StandardCharsets.UTF_8);
            V2RayServer server = new V2RayServer(protocol, apiPort, inboundPort, config,
                    workDir.resolve("v2ray-server-" + inboundPort + ".log"));
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a V2Ray server in " + workDir, e);
        }
    }

    public int apiPort() {
        return apiPort;
    }

    public int inboundPort() {
        return inboundPort;
    }

    public String inboundTag() {
        return INBOUND_TAG;
    }

    /** {@code 127.0.0.1:port} of the gRPC API, as a server's connection address. */
    public String apiAddress() {
        return V2RayBinary.LOOPBACK + ":" + apiPort;
    }

    public Protocol protocol() {
        return protocol;
    }

    public Path logFile() {
        return log;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The core's own uptime in whole seconds (GetSysStats). */
    public long uptimeSeconds() {
        ManagedChannel channel = ManagedChannelBuilder.forTarget(apiAddress()).usePlaintext().build();
        try {
            return Integer.toUnsignedLong(ClientCalls.blockingUnaryCall(channel, GET_SYS_STATS,
                    CallOptions.DEFAULT.withDeadlineAfter(2, TimeUnit.SECONDS),
                    SysStatsRequest.getDefaultInstance()).getUptime());
        } finally {
            channel.shutdownNow();
        }
    }

    public void stop() {
        V2RayBinary.stop(process);
    }

    /** Stops the core and starts it again on the same ports; it forgets every API-added user. */
    public void restart() {
        stop();
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart V2Ray", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() throws IOException {
        process = V2RayBinary.start(config, log);
        try {
            V2RayBinary.awaitPorts(process, log, apiPort, inboundPort);
            awaitApi();
        } catch (RuntimeException e) {
            V2RayBinary.stop(process);
            throw e;
        }
    }

    private void awaitApi() {
        long deadline = System.nanoTime() + API_TIMEOUT.toNanos();
        StatusRuntimeException last = null;
        while (System.nanoTime() - deadline < 0) {
            try {
                uptimeSeconds();
                return;
            } catch (StatusRuntimeException e) {
                last = e;
                V2RayBinary.pause(Duration.ofMillis(50));
            }
        }
        throw new IllegalStateException("the V2Ray API on " + apiAddress() + " did not answer; log " + log + ":\n"
                + V2RayBinary.tail(log), last);
    }

    private static String configJson(Protocol protocol, int apiPort, int inboundPort) {
        String inboundSettings = switch (protocol) {
            case VLESS -> "\"protocol\": \"vless\", \"settings\": {\"clients\": [], \"decryption\": \"none\"}";
            case VMESS -> "\"protocol\": \"vmess\", \"settings\": {\"clients\": []}";
            case TROJAN -> "\"protocol\": \"trojan\", \"settings\": {\"clients\": []}";
            case SHADOWSOCKS_2022 -> throw new IllegalArgumentException("V2Ray 4.x has no Shadowsocks-2022");
        };
        return """
                {
                  "log": {"loglevel": "warning"},
                  "api": {"tag": "api", "services": ["HandlerService", "StatsService", "LoggerService"]},
                  "stats": {},
                  "policy": {
                    "levels": {"0": {"statsUserUplink": true, "statsUserDownlink": true}},
                    "system": {"statsInboundUplink": true, "statsInboundDownlink": true,
                               "statsOutboundUplink": true, "statsOutboundDownlink": true}
                  },
                  "inbounds": [
                    {"tag": "api-in", "listen": "127.0.0.1", "port": %d, "protocol": "dokodemo-door",
                     "settings": {"address": "127.0.0.1"}},
                    {"tag": "%s", "listen": "127.0.0.1", "port": %d, %s,
                     "streamSettings": {"network": "tcp", "security": "none"}}
                  ],
                  "outbounds": [{"tag": "direct", "protocol": "freedom", "settings": {}}],
                  "routing": {"rules": [{"type": "field", "inboundTag": ["api-in"], "outboundTag": "api"}]}
                }
                """.formatted(apiPort, INBOUND_TAG, inboundPort, inboundSettings);
    }
}
