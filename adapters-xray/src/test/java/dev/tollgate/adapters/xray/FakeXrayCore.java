package dev.tollgate.adapters.xray;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.tollgate.adapters.xray.proto.protocol.User;
import dev.tollgate.adapters.xray.proto.proxyman.AddUserOperation;
import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundRequest;
import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundResponse;
import dev.tollgate.adapters.xray.proto.proxyman.RemoveUserOperation;
import dev.tollgate.adapters.xray.proto.serial.TypedMessage;
import dev.tollgate.adapters.xray.proto.stats.GetAllOnlineUsersResponse;
import dev.tollgate.adapters.xray.proto.stats.QueryStatsRequest;
import dev.tollgate.adapters.xray.proto.stats.QueryStatsResponse;
import dev.tollgate.adapters.xray.proto.stats.Stat;
import dev.tollgate.adapters.xray.proto.stats.SysStatsResponse;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process gRPC server that follows Xray-core's API as docs/panel-api-facts.md section 3 describes it: only
 * the {@code xray.*} service names, TypedMessages resolved by {@code xray.*} type strings (anything else is
 * "unknown operation"), users keyed by email per inbound tag, UNKNOWN errors with Xray's texts (or the
 * NOT_FOUND / ALREADY_EXISTS codes newer versions may use), per-user counters and online users. Failures can be
 * injected per method to exercise retries.
 */
final class FakeXrayCore implements AutoCloseable {

    static final String INBOUND = "proxy-in";

    /** A user as the core decoded it from the AlterInbound request. */
    record StoredUser(int level, String email, String accountType, Message account) {
    }

    private static final Map<String, Message> ACCOUNT_TYPES = Map.of(
            "xray.proxy.vless.Account", dev.tollgate.adapters.xray.proto.vless.Account.getDefaultInstance(),
            "xray.proxy.vmess.Account", dev.tollgate.adapters.xray.proto.vmess.Account.getDefaultInstance(),
            "xray.proxy.trojan.Account", dev.tollgate.adapters.xray.proto.trojan.Account.getDefaultInstance(),
            "xray.proxy.shadowsocks_2022.Account",
            dev.tollgate.adapters.xray.proto.shadowsocks2022.Account.getDefaultInstance());

    private final String name = InProcessServerBuilder.generateName();
    private volatile Server server;
    private final List<ServerServiceDefinition> services = new ArrayList<>();
    private final CoreMethods methods = CoreMethods.of(CoreFlavour.XRAY);
    private final Map<String, StoredUser> users = new ConcurrentHashMap<>();
    private final Map<String, Long> counters = new ConcurrentHashMap<>();
    private final Set<String> online = ConcurrentHashMap.newKeySet();
    /** The online maps by email: IP -> last seen (unix seconds), as the dispatcher's trackOnlineIP keeps them. */
    private final Map<String, Map<String, Long>> onlineIps = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Deque<Status>> failures = new ConcurrentHashMap<>();
    private final List<String> operationTypes = new ArrayList<>();
    private volatile boolean modernErrorCodes;
    private volatile long uptimeSeconds = 100;
    private volatile CountDownLatch hold;

    FakeXrayCore() {
        ServerServiceDefinition handler = ServerServiceDefinition.builder(methods.handlerService)
                .addMethod(methods.alterInbound, unary("AlterInbound", this::alterInbound))
                .addMethod(methods.listInbounds, unary("ListInbounds", request -> {
                    if (!listsInbounds) {
                        // What an Xray before v25.6.7 (or any gRPC server) says of a method it does not have.
                        throw Status.UNIMPLEMENTED.withDescription("unknown method ListInbounds for service "
                                + methods.handlerService).asRuntimeException();
                    }
                    // The handlers of a typical config: the API's dokodemo-door, then the VLESS inbound users go to.
                    var response = dev.tollgate.adapters.xray.proto.proxyman.ListInboundsResponse.newBuilder();
                    response.addInbounds(handler("api", "xray.proxy.dokodemo.Config"));
                    response.addInbounds(handler(INBOUND, "xray.proxy.vless.inbound.Config"));
                    response.addInbounds(handler("trojan-in", "xray.proxy.trojan.ServerConfig"));
                    response.addInbounds(handler("ss-in", "xray.proxy.shadowsocks_2022.MultiUserServerConfig"));
                    return response.build();
                }))
                .build();
        ServerServiceDefinition stats = ServerServiceDefinition.builder(methods.statsService)
                .addMethod(methods.queryStats, unary("QueryStats", this::queryStats))
                .addMethod(methods.getSysStats, unary("GetSysStats",
                        request -> SysStatsResponse.newBuilder().setUptime((int) uptimeSeconds).build()))
                .addMethod(methods.getAllOnlineUsers, unary("GetAllOnlineUsers", request -> {
                    GetAllOnlineUsersResponse.Builder response = GetAllOnlineUsersResponse.newBuilder();
                    online.forEach(email -> response.addUsers("user>>>" + email + ">>>online"));
                    return response.build();
                }))
                .addMethod(methods.getStatsOnlineIpList, unary("GetStatsOnlineIpList", request -> {
                    String email = request.getName().replaceFirst("^user>>>", "").replaceFirst(">>>online$", "");
                    Map<String, Long> ips = onlineIps.get(email);
                    if (!request.getName().endsWith(">>>online") || ips == null || ips.isEmpty()) {
                        // app/stats/command/command.go: codes.NotFound when there is no online map for the name.
                        throw Status.NOT_FOUND.withDescription("online map not found: " + request.getName())
                                .asRuntimeException();
                    }
                    var response = dev.tollgate.adapters.xray.proto.stats.GetStatsOnlineIpListResponse.newBuilder()
                            .setName(request.getName());
                    ips.forEach((ip, seen) -> response.addIps(dev.tollgate.adapters.xray.proto.stats.OnlineIpEntry
                            .newBuilder().setKey(ip).setValue(seen)));
                    return response.build();
                }))
                .build();
        try {
            services.add(handler);
            services.add(stats);
            server = InProcessServerBuilder.forName(name).addService(handler).addService(stats).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private volatile boolean listsInbounds = true;

    /** Plays an Xray older than v25.6.7, which has no ListInbounds. */
    void withoutListInbounds() {
        listsInbounds = false;
    }

    private static dev.tollgate.adapters.xray.proto.core.InboundHandlerConfig handler(String tag, String proxyType) {
        return dev.tollgate.adapters.xray.proto.core.InboundHandlerConfig.newBuilder().setTag(tag)
                .setReceiverSettings(dev.tollgate.adapters.xray.proto.serial.TypedMessage.newBuilder()
                        .setType("xray.app.proxyman.ReceiverConfig"))
                .setProxySettings(dev.tollgate.adapters.xray.proto.serial.TypedMessage.newBuilder().setType(proxyType))
                .build();
    }

    /**
     * Drops every connection and listens again under the same name, with the same users and uptime: what a client
     * sees of a core restarted within the same second as its start (its uptime alone does not tell).
     */
    void dropConnections() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            InProcessServerBuilder builder = InProcessServerBuilder.forName(name);
            services.forEach(builder::addService);
            server = builder.build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A server that answers a method with bytes that are not its response message. */
    static Server garbageServer(String name, MethodDescriptor<?, ?> method) throws IOException {
        MethodDescriptor<byte[], byte[]> raw = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(method.getFullMethodName())
                .setRequestMarshaller(new BytesMarshaller())
                .setResponseMarshaller(new BytesMarshaller())
                .build();
        ServerServiceDefinition service = ServerServiceDefinition.builder(method.getServiceName())
                .addMethod(raw, ServerCalls.asyncUnaryCall((byte[] request, StreamObserver<byte[]> response) -> {
                    response.onNext(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07, 0x01});
                    response.onCompleted();
                }))
                .build();
        return InProcessServerBuilder.forName(name).addService(service).build().start();
    }

    ManagedChannel channel() {
        return InProcessChannelBuilder.forName(name).build();
    }

    /** Answer "not found" and "already exists" with their own status codes instead of UNKNOWN. */
    void useModernErrorCodes() {
        modernErrorCodes = true;
    }

    void failNext(String method, Status status, int times) {
        Deque<Status> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(status);
            }
        }
    }

    /** Every call blocks until {@link #release()}, so the client's deadline expires. */
    void holdCalls() {
        hold = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    void setUptimeSeconds(long uptime) {
        uptimeSeconds = uptime;
    }

    void addTraffic(String email, long uplink, long downlink) {
        counters.merge("user>>>" + email + ">>>traffic>>>uplink", uplink, Long::sum);
        counters.merge("user>>>" + email + ">>>traffic>>>downlink", downlink, Long::sum);
    }

    void setCounter(String counterName, long value) {
        counters.put(counterName, value);
    }

    void setOnline(String email) {
        online.add(email);
    }

    /** The user connects from another IP (last seen at {@code unixSeconds}). */
    void connectFrom(String email, String ip, long unixSeconds) {
        onlineIps.computeIfAbsent(email, e -> new ConcurrentHashMap<>()).put(ip, unixSeconds);
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    Map<String, StoredUser> users() {
        return Map.copyOf(users);
    }

    synchronized List<String> operationTypes() {
        return List.copyOf(operationTypes);
    }

    void forget() {
        users.clear();
    }

    @Override
    public void close() {
        release();
        server.shutdownNow();
    }

    private <Q, R> io.grpc.ServerCallHandler<Q, R> unary(String method, java.util.function.Function<Q, R> body) {
        return ServerCalls.asyncUnaryCall((Q request, StreamObserver<R> response) -> {
            calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            try {
                CountDownLatch latch = hold;
                if (latch != null) {
                    latch.await(10, TimeUnit.SECONDS);
                }
                Status injected = nextFailure(method);
                if (injected != null) {
                    throw injected.asRuntimeException();
                }
                response.onNext(body.apply(request));
                response.onCompleted();
            } catch (StatusRuntimeException e) {
                response.onError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.onError(Status.CANCELLED.asRuntimeException());
            }
        });
    }

    private Status nextFailure(String method) {
        Deque<Status> queue = failures.get(method);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private AlterInboundResponse alterInbound(AlterInboundRequest request) {
        if (!request.getTag().equals(INBOUND)) {
            // app/proxyman/command/command.go AlterInbound (l.85-101) wraps inbound.go:67 "handler not found" in a
            // plain Go error: gRPC UNKNOWN, whatever the error-code mode.
            throw error(Status.Code.UNKNOWN,
                    "app/proxyman/command: failed to get handler: " + request.getTag()
                            + " > app/proxyman/inbound: handler not found: " + request.getTag());
        }
        TypedMessage operation = request.getOperation();
        synchronized (this) {
            operationTypes.add(operation.getType());
        }
        switch (operation.getType()) {
            case "xray.app.proxyman.command.AddUserOperation" -> addUser(parse(operation,
                    AddUserOperation.getDefaultInstance()).getUser());
            case "xray.app.proxyman.command.RemoveUserOperation" -> removeUser(parse(operation,
                    RemoveUserOperation.getDefaultInstance()).getEmail());
            default -> throw error(Status.Code.UNKNOWN,
                    "app/proxyman/command: unknown operation > common/serial: Serial: Unknown type: "
                            + operation.getType());
        }
        return AlterInboundResponse.getDefaultInstance();
    }

    private void addUser(User user) {
        Message prototype = ACCOUNT_TYPES.get(user.getAccount().getType());
        if (prototype == null) {
            throw error(Status.Code.UNKNOWN, "app/proxyman/command: failed to get user account > "
                    + "common/serial: Serial: Unknown type: " + user.getAccount().getType());
        }
        Message account = parse(user.getAccount(), prototype);
        StoredUser stored = new StoredUser(user.getLevel(), user.getEmail(), user.getAccount().getType(), account);
        if (users.putIfAbsent(user.getEmail().toLowerCase(java.util.Locale.ROOT), stored) != null) {
            throw modernErrorCodes
                    ? error(Status.Code.ALREADY_EXISTS, "User " + user.getEmail() + " already exists.")
                    : error(Status.Code.UNKNOWN, "proxy/vless/inbound: User " + user.getEmail() + " already exists.");
        }
    }

    private void removeUser(String email) {
        if (users.remove(email.toLowerCase(java.util.Locale.ROOT)) == null) {
            throw modernErrorCodes
                    ? error(Status.Code.NOT_FOUND, "User " + email + " not found.")
                    : error(Status.Code.UNKNOWN, "proxy/vless/inbound: User " + email + " not found.");
        }
    }

    private QueryStatsResponse queryStats(QueryStatsRequest request) {
        QueryStatsResponse.Builder response = QueryStatsResponse.newBuilder();
        Map<String, Long> snapshot = new LinkedHashMap<>(counters);
        snapshot.forEach((counter, value) -> {
            if (counter.contains(request.getPattern())) {
                response.addStat(Stat.newBuilder().setName(counter).setValue(value));
                if (request.getReset()) {
                    counters.put(counter, 0L);
                }
            }
        });
        return response.build();
    }

    @SuppressWarnings("unchecked")
    private static <M extends Message> M parse(TypedMessage typed, M prototype) {
        try {
            return (M) prototype.getParserForType().parseFrom(typed.getValue());
        } catch (InvalidProtocolBufferException e) {
            throw error(Status.Code.UNKNOWN, "proto: cannot parse invalid wire-format data");
        }
    }

    private static StatusRuntimeException error(Status.Code code, String message) {
        return code.toStatus().withDescription(message).asRuntimeException();
    }

    Set<String> emails() {
        return new LinkedHashSet<>(users.keySet());
    }

    private static final class BytesMarshaller implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
