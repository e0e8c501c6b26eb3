package dev.tollgate.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.domain.customer.Language;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFrontTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ReceiveWebhookUseCase.Command> delivered = new CopyOnWriteArrayList<>();
    private final ReceiveWebhookUseCase hook = new ReceiveWebhookUseCase() {
        @Override
        public String path() {
            return "/webhook/test";
        }

        @Override
        public Result receive(Command command) {
            delivered.add(command);
            return command.header("x-secret").filter("s3cret"::equals).isPresent()
                    ? Result.accepted() : Result.refused(401, "bad secret");
        }
    };
    private final FrontFixture fixture = new FrontFixture(FrontFixture.settings(), hook);

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void subscription_formatFromUserAgent_followsTheAppsConventions() throws Exception {
        fixture.active(7, "de-1", 10, 1, 30);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("ClashMetaForAndroid/2.11.1.Meta", "proxies:");
        expected.put("clash-verge/v2.2.3", "proxies:");
        expected.put("mihomo/1.19.0", "proxies:");
        expected.put("Stash/2.4.7 Clash/1.9.0", "proxies:");
        expected.put("ClashX Pro/1.118.0", "proxies:");
        expected.put("SFA/1.11.4 (Android 14; sing-box 1.11.4)", "\"outbounds\"");
        expected.put("SFI/1.10.1 (iOS 17.5; sing-box 1.10.1)", "\"outbounds\"");
        expected.put("sing-box 1.11.0", "\"outbounds\"");
        expected.put("HiddifyNext/2.5.7 (android) like ClashMeta v2ray sing-box", "\"outbounds\"");
        expected.put("v2rayNG/1.9.30", "base64");
        expected.put("v2rayN/7.10.5", "base64");
        expected.put("Streisand/1.6.44", "base64");
        expected.put("Happ/3.5.1", "base64");
        expected.put("v2RayTun/4.1.0", "base64");
        expected.put("curl/8.5.0", "base64");
        for (Map.Entry<String, String> agent : expected.entrySet()) {
            HttpResponse<String> response = fixture.get("/sub/token-7", "User-Agent", agent.getKey());
            assertThat(response.statusCode()).as(agent.getKey()).isEqualTo(200);
            if (agent.getValue().equals("base64")) {
                assertThat(new String(Base64.getDecoder().decode(response.body()), StandardCharsets.UTF_8))
                        .as(agent.getKey()).startsWith("vless://");
            } else {
                assertThat(response.body()).as(agent.getKey()).contains(agent.getValue());
            }
        }
    }

    @Test
    void subscription_formatQuery_overridesTheUserAgent() throws Exception {
        fixture.active(7, "de-1", 10, 1, 30);
        HttpResponse<String> response = fixture.get("/sub/token-7?format=singbox", "User-Agent", "ClashMetaForAndroid/2.11");
        assertThat(response.body()).contains("\"outbounds\"");
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(fixture.get("/sub/token-7?format=plain").body()).startsWith("vless://");
    }

    @Test
    void subscription_unknownFormat_isRefusedWith400() throws Exception {
        fixture.active(7, "de-1", 10, 1, 30);
        HttpResponse<String> response = fixture.get("/sub/token-7?format=surge");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("surge", "clash", "singbox");
    }

    @Test
    void subscription_headers_parseBackToTheUsersTotalsAndSoonestExpiry() throws Exception {
        fixture.active(7, "de-1", 10, 2.5, 30);
        var soonest = fixture.active(7, "nl-1", 20, 1, 10);

        HttpResponse<String> response = fixture.get("/sub/token-7", "User-Agent", "Happ/3.5.1");

        Map<String, Long> info = new HashMap<>();
        for (String part : response.headers().firstValue("subscription-userinfo").orElseThrow().split(";")) {
            String[] pair = part.trim().split("=");
            info.put(pair[0], Long.parseLong(pair[1]));
        }
        long gib = 1024L * 1024 * 1024;
        assertThat(info).containsEntry("upload", 0L).containsEntry("download", (long) (3.5 * gib))
                .containsEntry("total", 30 * gib).containsEntry("expire", soonest.expiresAt().orElseThrow().getEpochSecond());
        assertThat(response.headers().firstValue("profile-title")).contains("Tollgate Shop");
        assertThat(response.headers().firstValue("profile-update-interval")).contains("12");
        assertThat(response.headers().firstValue("support-url")).contains("https://t.me/support");
        assertThat(response.headers().firstValue("content-disposition").orElseThrow()).contains("filename=\"Tollgate_Shop.txt\"");
        assertThat(response.headers().firstValue("announce")).isEmpty();
    }

    @Test
    void subscription_nearExpiryAndQuota_announcesItInTheUsersLanguage() throws Exception {
        fixture.speaks(7, Language.RU);
        fixture.active(7, "de-1", 10, 9.5, 3);

        String announce = fixture.get("/sub/token-7").headers().firstValue("announce").orElseThrow();

        assertThat(announce).startsWith("base64:");
        assertThat(new String(Base64.getDecoder().decode(announce.substring(7)), StandardCharsets.UTF_8))
                .contains("3 дня", "90%");
    }

    @Test
    void profileTitle_notAscii_isSentAsBase64() {
        assertThat(FeedResponses.headerText("فروشگاه")).isEqualTo("base64:"
                + Base64.getEncoder().encodeToString("فروشگاه".getBytes(StandardCharsets.UTF_8)));
        assertThat(FeedResponses.headerText("Shop")).isEqualTo("Shop");
    }

    @Test
    void subscription_ofAnExpiredUser_isOnePlaceholderThatSaysSoInTheirLanguage() throws Exception {
        fixture.speaks(8, Language.FA);
        fixture.expired(8, "de-1");

        HttpResponse<String> links = fixture.get("/sub/token-8?format=plain");
        HttpResponse<String> clash = fixture.get("/sub/token-8", "User-Agent", "mihomo/1.19.0");

        assertThat(links.statusCode()).isEqualTo(200);
        assertThat(links.body().lines()).singleElement().satisfies(link -> {
            assertThat(link).startsWith("vless://00000000-0000-0000-0000-000000000000@0.0.0.0:1");
            assertThat(java.net.URLDecoder.decode(link.substring(link.indexOf('#') + 1), StandardCharsets.UTF_8))
                    .isEqualTo("اشتراک منقضی شده است: در ربات تمدید کنید");
        });
        assertThat(clash.body()).contains("اشتراک منقضی شده است").contains("server: \"0.0.0.0\"");
    }

    @Test
    void subscription_forgedToken_is404() throws Exception {
        assertThat(fixture.get("/sub/token-7x").statusCode()).isEqualTo(404);
        assertThat(fixture.get("/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void subscription_head_sendsHeadersWithoutABody() throws Exception {
        fixture.active(7, "de-1", 10, 1, 30);
        HttpResponse<String> head = fixture.client.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/sub/token-7"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("subscription-userinfo")).isPresent();
    }

    @Test
    void subscription_overThePerAddressLimit_is429() throws Exception {
        HttpSettings limited = new HttpSettings("127.0.0.1", 0, "", "Shop", "", 12, 3, Duration.ZERO, Duration.ofSeconds(15), 8, "");
        try (FrontFixture strict = new FrontFixture(limited)) {
            strict.active(7, "de-1", 10, 1, 30);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(strict.get("/sub/token-7").statusCode());
            }
            assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
            assertThat(strict.get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readiness_followsTheDatabase() throws Exception {
        HttpResponse<String> up = fixture.get("/health/ready");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(up.body()).path("status").asText()).isEqualTo("UP");

        fixture.databaseUp = false;
        HttpResponse<String> down = fixture.get("/health/ready");
        JsonNode json = JSON.readTree(down.body());

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json.path("status").asText()).isEqualTo("DOWN");
        assertThat(json.path("database").path("status").asText()).isEqualTo("DOWN");
        assertThat(fixture.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void webhook_receivesTheRawBodyAndLowerCasedHeaders() throws Exception {
        byte[] body = "{\"update_id\":1,\"message\":{\"text\":\"سلام\"}}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = fixture.client.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/webhook/test"))
                .header("X-Secret", "s3cret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = fixture.client.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/webhook/test"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(delivered.get(0).body()).isEqualTo(body);
        assertThat(delivered.get(0).headers()).containsEntry("x-secret", "s3cret").containsEntry("content-type", "application/json");
        assertThat(fixture.get("/webhook/test").statusCode()).isEqualTo(405);
    }

    @Test
    void webhook_bodyOverOneMebibyte_is413AndNeverDelivered() throws Exception {
        byte[] body = new byte[HttpSettings.MAX_WEBHOOK_BODY_BYTES + 1];
        try {
            HttpResponse<String> response = fixture.client.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/webhook/test"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        } catch (java.io.IOException closedWhileSending) {
            // The server answers 413 as soon as the limit is passed and closes; a client still sending may see the
            // connection reset before it reads the answer. Either way the body must never reach the webhook.
            assertThat(closedWhileSending).hasMessageContaining("no bytes");
        }
        assertThat(delivered).isEmpty();
    }

    @Test
    void metrics_areParseablePrometheusTextWithTheHttpAndJvmSeries() throws Exception {
        fixture.active(7, "de-1", 10, 1, 30);
        fixture.get("/sub/token-7");
        fixture.get("/sub/token-7?format=nope");

        HttpResponse<String> response = fixture.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        Pattern sample = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)");
        Map<String, List<String>> series = new HashMap<>();
        for (String line : response.body().lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = sample.matcher(line);
            assertThat(matcher.matches()).as("sample line %s", line).isTrue();
            series.computeIfAbsent(matcher.group(1), name -> new ArrayList<>()).add(matcher.group(3) == null ? "" : matcher.group(3));
        }
        assertThat(series.get("http_server_requests_seconds_count"))
                .anySatisfy(labels -> assertThat(labels).contains("route=\"/sub/{token}\"", "status=\"200\""))
                .anySatisfy(labels -> assertThat(labels).contains("route=\"/sub/{token}\"", "status=\"400\""));
        assertThat(series).containsKeys("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds",
                "system_cpu_count");
    }

    @Test
    void metrics_withAToken_requireTheBearer() throws Exception {
        HttpSettings secured = new HttpSettings("127.0.0.1", 0, "", "Shop", "", 12, 0, Duration.ZERO, Duration.ofSeconds(15), 8, "m-token");
        try (FrontFixture strict = new FrontFixture(secured)) {
            assertThat(strict.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(strict.get("/metrics", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(strict.get("/metrics", "Authorization", "Bearer m-token").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void slowClients_tricklingHeaders_doNotStopSubscriptionsFromBeingServed() throws Exception {
        fixture.active(7, "de-1", 10, 1, 30);
        AtomicBoolean trickling = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(2);
        List<Thread> slowlorises = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread thread = new Thread(() -> trickle(trickling, started));
            thread.setDaemon(true);
            thread.start();
            slowlorises.add(thread);
        }
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        try {
            // More requests than the server has threads: with blocking header reads they would all wait.
            for (int i = 0; i < 20; i++) {
                assertThat(fixture.get("/sub/token-7").statusCode()).isEqualTo(200);
            }
            assertThat(fixture.get("/health/live").statusCode()).isEqualTo(200);
        } finally {
            trickling.set(false);
        }
        for (Thread thread : slowlorises) {
            thread.join(5000);
        }
    }

    @Test
    void idleClient_withHalfAHeader_isCutOffAfterTheIdleTimeout() throws Exception {
        HttpSettings quick = new HttpSettings("127.0.0.1", 0, "", "Shop", "", 12, 0, Duration.ZERO, Duration.ofMillis(300), 8, "");
        try (FrontFixture strict = new FrontFixture(quick); Socket socket = new Socket("127.0.0.1", strict.front.boundPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /sub/token-7 HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();
            // Either a 408 or a plain close: what matters is that the server ended the connection, not the client.
            assertThat(answer.length == 0 || new String(answer, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 408")).isTrue();
        }
    }

    @Test
    void requestHeadersOverTheLimit_areRefusedWith431() throws Exception {
        String big = "x".repeat(HttpSettings.MAX_HEADER_BYTES + 100);
        try (Socket socket = new Socket("127.0.0.1", fixture.front.boundPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 431");
        }
    }

    private void trickle(AtomicBoolean trickling, CountDownLatch started) {
        try (Socket socket = new Socket("127.0.0.1", fixture.front.boundPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /sub/token-7 HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            started.countDown();
            Instant until = Instant.now().plusSeconds(30);
            while (trickling.get() && Instant.now().isBefore(until)) {
                out.write('X');
                out.flush();
                Thread.sleep(50);
            }
        } catch (Exception e) {
            started.countDown();
        }
    }
}
