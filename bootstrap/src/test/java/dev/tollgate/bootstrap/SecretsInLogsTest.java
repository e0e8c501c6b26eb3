package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real app process at DEBUG with a 3x-UI panel (token and password set, secret base path) and a bot token, all
 * pointed at a loopback HTTP sink that answers 404 to everything, as a panel does to routes it does not know. The
 * process's whole output is scanned after a SIGTERM, which must also stop it gracefully.
 */
class SecretsInLogsTest {

    private static final String PANEL_TOKEN = "tok-9b0e41c7d2a6";
    private static final String PANEL_PASSWORD = "pw-71f3aa0c95";
    private static final String BASE_PATH = "basepath-5d8c2e";
    private static final String BOT_TOKEN = "7777:bot-secret-3e9a";

    @TempDir
    Path workDir;

    @Test
    void debugRun_withPanelTokenPasswordAndBasePath_logsNoneOfThemAndStopsOnSigterm() throws Exception {
        CountDownLatch panelCalls = new CountDownLatch(3);
        AtomicBoolean tokenSent = new AtomicBoolean();
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        sink.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && authorization.contains(PANEL_TOKEN)) {
                tokenSent.set(true);
            }
            if (exchange.getRequestURI().getPath().startsWith("/" + BASE_PATH)) {
                panelCalls.countDown();
            }
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            int status = 404;
            String answer = "404 page not found";
            if (path.startsWith("/bot" + BOT_TOKEN + "/")) {
                // The Bot API's envelope: getMe answers the bot user, getUpdates an empty batch, the rest true.
                status = 200;
                answer = method.equals("getme")
                        ? "{\"ok\":true,\"result\":{\"id\":7777,\"is_bot\":true,\"first_name\":\"Shop\",\"username\":\"shop_bot\"}}"
                        : method.equals("getupdates") ? "{\"ok\":true,\"result\":[]}" : "{\"ok\":true,\"result\":true}";
                if (method.equals("getupdates")) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/plain");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sink.start();
        Path log = workDir.resolve("app.log");
        Process app;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("TOLLGATE_"));
            String panel = "http://127.0.0.1:" + sink.getAddress().getPort();
            builder.environment().put("TOLLGATE_LOG_LEVEL", "DEBUG");
            builder.environment().put("TOLLGATE_HTTP_PORT", "0");
            builder.environment().put("TOLLGATE_BOT_TOKEN", BOT_TOKEN);
            builder.environment().put("TOLLGATE_BOT_API_URL", panel);
            builder.environment().put("TOLLGATE_JOBS_RECONCILE_INTERVAL", "PT1S");
            builder.environment().put("TOLLGATE_SERVERS_0_ID", "de-1");
            builder.environment().put("TOLLGATE_SERVERS_0_KIND", "3x-ui");
            builder.environment().put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
            builder.environment().put("TOLLGATE_SERVERS_0_ADDRESS", panel + "/" + BASE_PATH + "/");
            builder.environment().put("TOLLGATE_SERVERS_0_INBOUND", "1");
            builder.environment().put("TOLLGATE_SERVERS_0_USERNAME", "admin");
            builder.environment().put("TOLLGATE_SERVERS_0_PASSWORD", PANEL_PASSWORD);
            builder.environment().put("TOLLGATE_SERVERS_0_API_TOKEN", PANEL_TOKEN);
            builder.environment().put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "de.example.com");
            builder.environment().put("TOLLGATE_SERVERS_0_PUBLIC_PORT", "443");
            app = builder.start();
            try {
                assertThat(panelCalls.await(60, TimeUnit.SECONDS)).as("the app called the panel; log:\n%s", read(log)).isTrue();
                // The check-panels job calls the panel as soon as the jobs start, before the rest of the app has; a
                // SIGTERM is answered gracefully once start-up is over, so wait for it.
                long started = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!read(log).contains("Tollgate started") && System.nanoTime() < started) {
                    Thread.sleep(100);
                }
                app.destroy();
                assertThat(app.waitFor(CommandLine.STOP_LIMIT.toSeconds() + 5, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
            } finally {
                app.destroyForcibly();
            }
        } finally {
            sink.stop(0);
        }
        String output = read(log);
        assertThat(tokenSent).as("the panel token was used, so a header log would have shown it").isTrue();
        assertThat(output).as("the run logged at DEBUG").contains(" DEBUG ");
        assertThat(output).contains("Tollgate stopped");
        assertThat(output).doesNotContain(PANEL_TOKEN, PANEL_PASSWORD, BASE_PATH, BOT_TOKEN, "bot-secret");
    }

    private static String read(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
