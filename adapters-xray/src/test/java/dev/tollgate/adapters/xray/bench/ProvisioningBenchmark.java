package dev.tollgate.adapters.xray.bench;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.xray.XrayModule;
import dev.tollgate.adapters.xray.proto.protocol.User;
import dev.tollgate.adapters.xray.proto.proxyman.AddUserOperation;
import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundRequest;
import dev.tollgate.adapters.xray.proto.proxyman.AlterInboundResponse;
import dev.tollgate.adapters.xray.proto.proxyman.RemoveUserOperation;
import dev.tollgate.adapters.xray.proto.serial.TypedMessage;
import dev.tollgate.adapters.xray.proto.vless.Account;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Users provisioned per second through the adapter (XrayModule's factory, createClient) versus a bare loop of the
 * same AlterInbound(AddUserOperation) calls on a raw blocking gRPC call, against one real V2Ray core in one run.
 * Rounds alternate the order; users are removed, untimed, after each measured batch. Not part of the test suite:
 * see adapters-xray/README-benchmark.md.
 */
@Tag("benchmark")
public final class ProvisioningBenchmark {

    private static final MethodDescriptor<AlterInboundRequest, AlterInboundResponse> ALTER_INBOUND =
            MethodDescriptor.<AlterInboundRequest, AlterInboundResponse>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName("v2ray.core.app.proxyman.command.HandlerService/AlterInbound")
                    .setRequestMarshaller(ProtoUtils.marshaller(AlterInboundRequest.getDefaultInstance()))
                    .setResponseMarshaller(ProtoUtils.marshaller(AlterInboundResponse.getDefaultInstance()))
                    .build();

    private final int users = Integer.getInteger("benchmark.users", 2000);
    private final int rounds = Integer.getInteger("benchmark.rounds", 6);
    private final int warmup = Integer.getInteger("benchmark.warmup", 3000);
    private int sequence;

    public static void main(String[] args) throws IOException {
        new ProvisioningBenchmark().run(System.out);
    }

    @Test
    void provisioning_throughTheAdapterAndABareLoop_isMeasuredOnTheSameCore() throws IOException {
        run(System.out);
    }

    void run(PrintStream out) throws IOException {
        Path workDir = Path.of("target", "benchmark").toAbsolutePath();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new XrayModule());
        PanelGatewayFactory factory = injector.getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { }))
                .iterator().next();
        try (V2RayServer server = V2RayServer.start(workDir)) {
            ServerSettings settings = new ServerSettings(new ServerId("bench"), "v2ray", "bench", Protocol.VLESS,
                    new PanelConnection(server.apiAddress(), server.inboundTag(), null, null, null, Map.of()),
                    new PublicEndpoint("127.0.0.1", server.inboundPort(), Map.of()));
            ManagedChannel raw = ManagedChannelBuilder.forTarget(server.apiAddress()).usePlaintext().build();
            try (PanelGateway gateway = factory.open(settings)) {
                adapterRound(gateway, warmup);
                bareRound(raw, server.inboundTag(), warmup);
                List<Double> adapterRates = new ArrayList<>();
                List<Double> bareRates = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    if (round % 2 == 0) {
                        adapterRates.add(adapterRound(gateway, users));
                        bareRates.add(bareRound(raw, server.inboundTag(), users));
                    } else {
                        bareRates.add(bareRound(raw, server.inboundTag(), users));
                        adapterRates.add(adapterRound(gateway, users));
                    }
                }
                String report = report(adapterRates, bareRates);
                out.println(report);
                Files.createDirectories(workDir);
                Files.writeString(workDir.resolve("provisioning.txt"), report, StandardCharsets.UTF_8);
            } finally {
                raw.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double adapterRound(PanelGateway gateway, int count) {
        List<PanelClient> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clients.add(new PanelClient("bench-a" + (++sequence), UUID.randomUUID().toString(), Protocol.VLESS,
                    DataSize.ZERO, null, null, true, new TelegramUserId(1), "s", 0));
        }
        long start = System.nanoTime();
        for (PanelClient client : clients) {
            gateway.createClient(client);
        }
        long elapsed = System.nanoTime() - start;
        clients.forEach(gateway::deleteClient);
        return rate(count, elapsed);
    }

    private double bareRound(ManagedChannel channel, String tag, int count) {
        List<AlterInboundRequest> adds = new ArrayList<>(count);
        List<AlterInboundRequest> removes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String email = "bench-b" + (++sequence);
            User user = User.newBuilder().setLevel(0).setEmail(email).setAccount(typed("v2ray.core.proxy.vless.Account",
                    Account.newBuilder().setId(UUID.randomUUID().toString()).build().toByteString())).build();
            adds.add(AlterInboundRequest.newBuilder().setTag(tag).setOperation(typed(
                    "v2ray.core.app.proxyman.command.AddUserOperation",
                    AddUserOperation.newBuilder().setUser(user).build().toByteString())).build());
            removes.add(AlterInboundRequest.newBuilder().setTag(tag).setOperation(typed(
                    "v2ray.core.app.proxyman.command.RemoveUserOperation",
                    RemoveUserOperation.newBuilder().setEmail(email).build().toByteString())).build());
        }
        long start = System.nanoTime();
        for (AlterInboundRequest add : adds) {
            ClientCalls.blockingUnaryCall(channel, ALTER_INBOUND,
                    CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), add);
        }
        long elapsed = System.nanoTime() - start;
        for (AlterInboundRequest remove : removes) {
            ClientCalls.blockingUnaryCall(channel, ALTER_INBOUND,
                    CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), remove);
        }
        return rate(count, elapsed);
    }

    private static TypedMessage typed(String type, com.google.protobuf.ByteString value) {
        return TypedMessage.newBuilder().setType(type).setValue(value).build();
    }

    private static double rate(int count, long nanos) {
        return count / (nanos / 1e9);
    }

    private String report(List<Double> adapter, List<Double> bare) {
        double adapterBest = adapter.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double bareBest = bare.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double adapterMedian = median(adapter);
        double bareMedian = median(bare);
        return String.format(Locale.ROOT, """
                Provisioning benchmark, V2Ray core, VLESS, %d users per round, %d rounds (after %d warm-up adds each)
                  adapter (XrayModule factory, createClient): per round %s users/s, median %.0f, best %.0f
                  bare gRPC loop (raw blocking AlterInbound): per round %s users/s, median %.0f, best %.0f
                  ratio adapter/bare: median %.3f, best %.3f
                """, users, rounds, warmup, format(adapter), adapterMedian, adapterBest, format(bare), bareMedian,
                bareBest, adapterMedian / bareMedian, adapterBest / bareBest);
    }

    private static String format(List<Double> rates) {
        return rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList().toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
