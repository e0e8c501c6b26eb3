package dev.tollgate.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.bootstrap.Application;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.http.HttpFront;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness and metrics through the real wiring, on a database server that the test stops. */
class HealthEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void readiness_whenTheDatabaseServerStops_turnsDownWith503WhileLivenessStaysUp() throws Exception {
        int dbPort;
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        Server database = Server.createTcpServer("-tcpPort", Integer.toString(dbPort), "-ifNotExists").start();
        Map<String, String> environment = Map.of(
                "TOLLGATE_DB_URL", "jdbc:h2:tcp://127.0.0.1:" + dbPort + "/mem:ready;DB_CLOSE_DELAY=-1",
                "TOLLGATE_HTTP_PORT", "0",
                "TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Application app = Application.start(new ConfigLoader().load(environment), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + app.injector().getInstance(HttpFront.class).boundPort();

            HttpResponse<String> ready = get(client, base + "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode up = JSON.readTree(ready.body());
            assertThat(up.path("status").asText()).isEqualTo("UP");
            assertThat(up.path("bot").asText()).isEqualTo("off");

            HttpResponse<String> metrics = get(client, base + "/metrics");
            assertThat(metrics.body()).contains("jvm_memory_used_bytes{", "tollgate_panels{", "process_uptime_seconds",
                    "tollgate_job_runs_seconds_count{");

            database.stop();

            HttpResponse<String> down = get(client, base + "/health/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(down.body()).path("database").path("status").asText()).isEqualTo("DOWN");
            assertThat(get(client, base + "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(client, base + "/health").statusCode()).as("the old /health is readiness").isEqualTo(503);
        } finally {
            database.stop();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
