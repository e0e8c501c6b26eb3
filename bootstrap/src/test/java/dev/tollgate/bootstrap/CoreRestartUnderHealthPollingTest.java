package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.adapters.xray.testing.LocalHttpPage;
import dev.tollgate.adapters.xray.testing.V2RayClient;
import dev.tollgate.adapters.xray.testing.V2RayServer;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.EnforceSubscriptionLimitsUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.http.HttpFront;
import dev.tollgate.domain.customer.TelegramUserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real V2Ray core through the real wiring. Traffic of a client built from its share link shows in the feed's
 * {@code Subscription-Userinfo} after a usage sync. Then the reproduction: the core restarts (forgetting every API-added user) while
 * a monitor polls {@code /health/ready} every half second. Health is a record that the check job writes and only
 * reconciliation takes the restart signal from, so the users are back by the first reconcile run after the restart
 * (counted in runs, not in seconds: the machine may be busy) and {@code /health} kept answering from the record.
 */
class CoreRestartUnderHealthPollingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RECONCILE = Duration.ofSeconds(3);
    private static final int USERS = 3;

    @TempDir
    Path work;

    @Test
    void coreRestart_whileHealthIsPolledEveryHalfSecond_isRefilledWithinOneReconcileInterval() throws Exception {
        try (TestDatabase db = TestDatabase.h2(work.resolve("db"));
             V2RayServer core = V2RayServer.start(Files.createDirectories(work.resolve("core")));
             LocalHttpPage page = LocalHttpPage.serve("y".repeat(2_000))) {
            Map<String, String> environment = TestEnvironment.withCore(TestEnvironment.on(db), "core-1", core);
            environment.put("TOLLGATE_TRIAL_SERVER", "core-1");
            environment.put("TOLLGATE_PUBLIC_URL", "https://shop.example.com");
            environment.put("TOLLGATE_JOBS_RECONCILE_INTERVAL", RECONCILE.toString());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            try (Application app = Application.start(new ConfigLoader().load(environment), Clock.systemUTC())) {
                String base = "http://127.0.0.1:" + app.injector().getInstance(HttpFront.class).boundPort();
                String health = base + "/health/ready";
                List<V2RayClient> apps = new ArrayList<>();
                try {
                    for (int u = 0; u < USERS; u++) {
                        app.injector().getInstance(RegisterContactUseCase.class)
                                .register(new RegisterContactUseCase.Command(new TelegramUserId(7100 + u), "en", ""));
                        var claimed = app.injector().getInstance(ClaimTrialUseCase.class)
                                .claim(new ClaimTrialUseCase.Command(new TelegramUserId(7100 + u)));
                        assertThat(claimed).isInstanceOf(ClaimTrialUseCase.Activated.class);
                        String link = ((ClaimTrialUseCase.Activated) claimed).access().shareLink();
                        apps.add(V2RayClient.fromShareLink(link, Files.createDirectories(work.resolve("app-" + u))));
                    }
                    for (V2RayClient user : apps) {
                        assertThat(user.fetchStatus(page.uri())).isEqualTo(200);
                    }
                    // Real traffic through the core shows in the feed's Subscription-Userinfo after a sync (the
                    // limits job syncs first; run here rather than waiting for its interval).
                    app.injector().getInstance(EnforceSubscriptionLimitsUseCase.class).enforce();
                    String feedPath = URI.create(app.injector().getInstance(SubscriptionFeedUseCase.class)
                            .urlFor(new TelegramUserId(7100)).orElseThrow()).getPath();
                    String userinfo = get(http, base + feedPath).headers().firstValue("Subscription-Userinfo").orElseThrow();
                    Map<String, Long> counted = userinfo(userinfo);
                    assertThat(counted.get("upload")).as(userinfo).isPositive();
                    assertThat(counted.get("download")).as(userinfo).isGreaterThan(2_000);
                    assertThat(counted.get("expire")).as("the trial's own end, not 0").isPositive();
                    // A restart is told apart by the core's boot time moving; give the first process a few seconds.
                    while (core.uptimeSeconds() < 2) {
                        Thread.sleep(200);
                    }
                    waitForRecordedCheck(http, health);

                    AtomicBoolean polling = new AtomicBoolean(true);
                    List<Integer> answers = new CopyOnWriteArrayList<>();
                    Thread monitor = new Thread(() -> {
                        while (polling.get()) {
                            try {
                                answers.add(get(http, health).statusCode());
                                Thread.sleep(500);
                            } catch (InterruptedException e) {
                                return;
                            } catch (Exception e) {
                                answers.add(-1);
                            }
                        }
                    }, "health-monitor");
                    monitor.start();
                    try {
                        core.restart();
                        long restarted = System.nanoTime();
                        assertThat(apps.get(0).fetchStatus(page.uri())).as("the restarted core forgot the users").isEqualTo(-1);

                        long runsAtRestart = reconcileRuns(app);
                        // A generous limit only so a broken build ends; what is asserted is counted in runs, not time.
                        long deadline = restarted + TimeUnit.SECONDS.toNanos(60);
                        boolean refilled = false;
                        while (!refilled && System.nanoTime() < deadline) {
                            refilled = apps.stream().allMatch(user -> user.fetchStatus(page.uri()) == 200);
                            if (!refilled) {
                                Thread.sleep(100);
                            }
                        }
                        assertThat(refilled).as("every user back on the core, with /health polled").isTrue();
                        // The run in progress at the restart may have checked before it; the next one repairs.
                        assertThat(reconcileRuns(app) - runsAtRestart).as("reconcile runs it took").isLessThanOrEqualTo(2);
                    } finally {
                        polling.set(false);
                        monitor.interrupt();
                        monitor.join(TimeUnit.SECONDS.toMillis(10));
                    }
                    assertThat(answers).as("the monitor's answers").hasSizeGreaterThan(3).containsOnly(200);
                    JsonNode server = JSON.readTree(get(http, health).body()).path("panels").path("servers").path(0);
                    assertThat(server.path("id").asText()).isEqualTo("core-1");
                    assertThat(server.path("status").asText()).isEqualTo("UP");
                    assertThat(server.path("latencyMillis").isNumber()).isTrue();
                } finally {
                    apps.forEach(V2RayClient::close);
                }
            }
        }
    }

    private static long reconcileRuns(Application app) {
        return app.injector().getInstance(dev.tollgate.application.port.out.JobRuns.class).all().stream()
                .filter(state -> state.lastRun().job().equals("reconcile-panels"))
                .mapToLong(dev.tollgate.application.port.out.JobRuns.State::runs).findFirst().orElse(0);
    }

    private static Map<String, Long> userinfo(String header) {
        Map<String, Long> values = new HashMap<>();
        for (String part : header.split(";")) {
            String[] pair = part.trim().split("=");
            values.put(pair[0], Long.parseLong(pair[1]));
        }
        return values;
    }

    private static void waitForRecordedCheck(HttpClient http, String health) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            JsonNode servers = JSON.readTree(get(http, health).body()).path("panels").path("servers");
            if (servers.size() == 1 && "UP".equals(servers.path(0).path("status").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no recorded check of core-1 within 20 s");
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
