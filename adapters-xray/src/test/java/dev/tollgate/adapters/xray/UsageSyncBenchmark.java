package dev.tollgate.adapters.xray;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryUsageRecords;
import dev.tollgate.application.port.in.SyncUsageUseCase;
import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.service.subscription.SyncUsageService;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * App CPU time of one usage sync of N clients on one core (SyncUsageService over the real XrayPanelGateway, talking
 * gRPC in-process to FakeXrayCore), side by side with the baseline the limits job used before: one QueryStats per
 * client (the same gateway with LISTS_USAGE hidden, so the service falls back to usage(client)). CPU time is the
 * calling thread's (ThreadMXBean): the in-process transport parses answers on the caller, while the fake's own work
 * runs on its server threads and is not counted. Not part of the test suite: see benchmarks/panels/README.md.
 */
@Tag("benchmark")
public final class UsageSyncBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 10_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);

    @Test
    void usageSync_ofTenThousandClients_appCpuTimeBesideThePerClientBaseline() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FakeXrayCore core = new FakeXrayCore()) {
            ServerSettings settings = XrayGatewayBehaviourTest.settings("xray", Protocol.VLESS, FakeXrayCore.INBOUND);
            PanelGateway gateway = new XrayPanelGateway(settings, core.channel(),
                    new CallPolicy(Duration.ofSeconds(30), 1, Duration.ofMillis(1)), System::nanoTime);
            InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
            Instant now = Instant.parse("2026-12-01T00:00:00Z");
            for (int i = 0; i < CLIENTS; i++) {
                Subscription s = Subscription.createPending(new SubscriptionId(UUID.randomUUID()),
                        new TelegramUserId(100_000 + i), SubscriptionKind.PAID, settings.id(),
                        new ClientCredential("tg" + (100_000 + i) + "-a1b2c3", UUID.randomUUID().toString()),
                        Duration.ofDays(30), DataSize.ofGibibytes(50), now);
                s.activate(now);
                subscriptions.insert(s);
                core.addTraffic(s.credential().email(), 1_000L + i, 50_000L + 7L * i);
            }
            SyncUsageUseCase batched = service(subscriptions, gateway, settings, new InMemoryUsageRecords());
            SyncUsageUseCase perClient = service(subscriptions, new WithoutListing(gateway), settings, new InMemoryUsageRecords());
            // Warm-up: JIT both paths.
            batched.sync();
            perClient.sync();
            long[] batchedNanos = new long[ROUNDS];
            long[] perClientNanos = new long[ROUNDS];
            long[] batchedWall = new long[ROUNDS];
            long[] perClientWall = new long[ROUNDS];
            int batchedCalls = 0;
            int perClientCalls = 0;
            for (int round = 0; round < ROUNDS; round++) {
                boolean batchedFirst = round % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    boolean isBatched = (side == 0) == batchedFirst;
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    SyncUsageUseCase.Result result = (isBatched ? batched : perClient).sync();
                    long tookCpu = threads.getCurrentThreadCpuTime() - cpu;
                    long tookWall = System.nanoTime() - wall;
                    if (result.subscriptionsSynced() != CLIENTS) {
                        throw new AssertionError("synced " + result.subscriptionsSynced() + " of " + CLIENTS);
                    }
                    if (isBatched) {
                        batchedNanos[round] = tookCpu;
                        batchedWall[round] = tookWall;
                        batchedCalls = result.panelCalls();
                    } else {
                        perClientNanos[round] = tookCpu;
                        perClientWall[round] = tookWall;
                        perClientCalls = result.panelCalls();
                    }
                }
            }
            gateway.close();
            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "usage sync of %,d clients on one core, %d rounds (alternating order)%n",
                    CLIENTS, ROUNDS));
            report.append(String.format(Locale.ROOT, "  batched (one QueryStats 'user>>>'): %d panel call(s); app CPU median %.1f ms,"
                    + " best %.1f ms; wall median %.1f ms%n", batchedCalls, median(batchedNanos) / 1e6, best(batchedNanos) / 1e6,
                    median(batchedWall) / 1e6));
            report.append(String.format(Locale.ROOT, "  per-client baseline (QueryStats per email): %,d panel calls; app CPU median"
                    + " %.1f ms, best %.1f ms; wall median %.1f ms%n", perClientCalls, median(perClientNanos) / 1e6,
                    best(perClientNanos) / 1e6, median(perClientWall) / 1e6));
            report.append(String.format(Locale.ROOT, "  app CPU ratio baseline/batched: %.1fx%n",
                    (double) median(perClientNanos) / median(batchedNanos)));
            System.out.print(report);
            Path out = Path.of("target", "benchmark", "usage-sync.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    private static SyncUsageUseCase service(InMemorySubscriptionRepository subscriptions, PanelGateway gateway,
                                            ServerSettings settings, InMemoryUsageRecords records) {
        FixedServers servers = new FixedServers().add(settings, gateway);
        return new SyncUsageService(subscriptions, servers, servers, records, new InMemoryTransactionRunner(),
                Clock.systemUTC());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long best(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    /** The same gateway without LISTS_USAGE: the service reads each client on its own, as before the sync. */
    private record WithoutListing(PanelGateway gateway) implements PanelGateway {
        @Override
        public Set<PanelCapability> capabilities() {
            Set<PanelCapability> capabilities = EnumSet.noneOf(PanelCapability.class);
            capabilities.addAll(gateway.capabilities());
            capabilities.remove(PanelCapability.LISTS_USAGE);
            return capabilities;
        }

        @Override
        public void createClient(dev.tollgate.application.port.out.PanelClient client) {
            gateway.createClient(client);
        }

        @Override
        public void updateClient(dev.tollgate.application.port.out.PanelClient client) {
            gateway.updateClient(client);
        }

        @Override
        public void enableClient(dev.tollgate.application.port.out.PanelClient client) {
            gateway.enableClient(client);
        }

        @Override
        public void disableClient(dev.tollgate.application.port.out.PanelClient client) {
            gateway.disableClient(client);
        }

        @Override
        public void deleteClient(dev.tollgate.application.port.out.PanelClient client) {
            gateway.deleteClient(client);
        }

        @Override
        public TrafficUsage usage(dev.tollgate.application.port.out.PanelClient client) {
            return gateway.usage(client);
        }

        @Override
        public void resetTraffic(dev.tollgate.application.port.out.PanelClient client) {
            gateway.resetTraffic(client);
        }

        @Override
        public dev.tollgate.application.port.out.PanelHealth health() {
            return gateway.health();
        }
    }

    public static void main(String[] args) throws IOException {
        new UsageSyncBenchmark().usageSync_ofTenThousandClients_appCpuTimeBesideThePerClientBaseline();
    }
}
