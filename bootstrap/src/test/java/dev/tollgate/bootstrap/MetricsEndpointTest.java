package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.http.HttpFront;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} through the real wiring: the bot (against the fake Bot API), the commerce core, the panel gateways
 * (one server whose core does not answer) and the jobs all record into the one registry the endpoint shows.
 */
class MetricsEndpointTest {

    private static final String TOKEN = "123456789:AAmetricsTokenForTheFakeBotApi";
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Pattern SAMPLE =
            Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)");

    @TempDir
    Path work;

    /** One parsed sample line: its labels as written ({@code a="b",c="d"}) and its value. */
    record Sample(String labels, String value) {
    }

    @Test
    void metrics_throughTheRealWiring_showTheBotShopAndPanelSeries() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        try (FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN)) {
            Map<String, String> environment = new HashMap<>();
            environment.put("TOLLGATE_BOT_TOKEN", TOKEN);
            environment.put("TOLLGATE_BOT_API_URL", telegram.baseUrl().toString());
            environment.put("TOLLGATE_DB_URL", "jdbc:h2:file:" + work.resolve("db/tollgate").toAbsolutePath());
            environment.put("TOLLGATE_HTTP_PORT", "0");
            environment.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());
            environment.put("TOLLGATE_JOBS_RECONCILE_INTERVAL", "PT1S");
            environment.put("TOLLGATE_SERVERS_0_ID", "de-1");
            environment.put("TOLLGATE_SERVERS_0_KIND", "v2ray");
            environment.put("TOLLGATE_SERVERS_0_PROTOCOL", "vless");
            environment.put("TOLLGATE_SERVERS_0_ADDRESS", "127.0.0.1:" + closedPort);
            environment.put("TOLLGATE_SERVERS_0_INBOUND", "vless-in");
            environment.put("TOLLGATE_SERVERS_0_PUBLIC_HOST", "127.0.0.1");
            environment.put("TOLLGATE_SERVERS_0_PUBLIC_PORT", "443");
            try (Application app = Application.start(new ConfigLoader().load(environment), Clock.systemUTC())) {
                String metricsUrl = "http://127.0.0.1:" + app.injector().getInstance(HttpFront.class).boundPort() + "/metrics";
                TgUser dana = new TgUser(4004, "Dana", "en");
                telegram.userSends(dana, "/start");
                telegram.awaitBotMessage(dana.id(), message -> message.buttonData("Buy a plan").isPresent(), WAIT);
                PlaceOrderUseCase orders = app.injector().getInstance(PlaceOrderUseCase.class);
                var placed = (PlaceOrderUseCase.Placed) orders.place(PlaceOrderUseCase.Command.topUp(
                        new TelegramUserId(dana.id()), Money.of(100, Currency.XTR)));
                assertThat(app.injector().getInstance(ConfirmPaymentUseCase.class).confirm(new ConfirmPaymentUseCase.Command(
                        placed.order(), PaymentProvider.TELEGRAM_STARS, "stars-charge-1", Money.of(100, Currency.XTR))))
                        .isInstanceOf(ConfirmPaymentUseCase.Paid.class);

                // Jobs run on their own time, and a payment group's series are registered by the read that first
                // shows it (possibly in the middle of a scrape): scrape until every expected series is there.
                Map<String, List<Sample>> series = Map.of();
                String body = "";
                for (long deadline = System.nanoTime() + WAIT.toNanos(); System.nanoTime() < deadline; Thread.sleep(250)) {
                    body = scrape(metricsUrl);
                    series = parse(body);
                    if (has(series, "tollgate_panel_calls_seconds_count", "server=\"de-1\"", "operation=\"health\"")
                            && has(series, "tollgate_payments", "provider=\"telegram_stars\"")
                            && has(series, "tollgate_payments_amount", "provider=\"telegram_stars\"")) {
                        break;
                    }
                }

                // Kept for whoever reads a failure: the last scrape as Prometheus saw it.
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "metrics-scrape.txt"), body);
                assertThat(series.get("tollgate_bot_updates_total"))
                        .anySatisfy(s -> assertThat(s.labels()).contains("kind=\"message\"", "outcome=\"ok\""));
                assertThat(series.get("tollgate_bot_api_calls_total"))
                        .anySatisfy(s -> assertThat(s.labels()).contains("method=\"sendMessage\"", "result=\"ok\""))
                        .anySatisfy(s -> assertThat(s.labels()).contains("method=\"getUpdates\"", "result=\"ok\""));
                assertThat(series).containsKeys("tollgate_bot_inbox_depth", "tollgate_bot_inbox_oldest_age_seconds",
                        "tollgate_provisioning_queue_depth");
                assertThat(series.get("tollgate_bot_inbox_depth")).singleElement()
                        .satisfies(s -> assertThat(s.value()).isNotEqualTo("NaN"));
                assertThat(series.get("tollgate_orders")).hasSize(8)
                        .allSatisfy(s -> assertThat(s.labels()).containsPattern("status=\"[a-z_]+\""));
                assertThat(series.get("tollgate_payments")).singleElement().satisfies(s -> {
                    assertThat(s.labels()).contains("provider=\"telegram_stars\"", "currency=\"XTR\"", "status=\"confirmed\"");
                    assertThat(Double.parseDouble(s.value())).isEqualTo(1.0);
                });
                assertThat(series.get("tollgate_payments_amount")).singleElement()
                        .satisfies(s -> assertThat(Double.parseDouble(s.value())).isEqualTo(100.0));
                assertThat(series.get("tollgate_panel_calls_seconds_count"))
                        .anySatisfy(s -> assertThat(s.labels()).contains("server=\"de-1\"", "operation=\"health\"",
                                "outcome=\"down\""));
                assertThat(series.get("tollgate_job_runs_seconds_count"))
                        .anySatisfy(s -> assertThat(s.labels()).contains("job=\"reconcile-panels\""));
                assertThat(body).as("no token, bot API address or panel address in any label")
                        .doesNotContain(TOKEN, "AAmetrics", ":" + closedPort, telegram.baseUrl().getHost() + ":"
                                + telegram.baseUrl().getPort());
            }
        }
    }

    private static boolean has(Map<String, List<Sample>> series, String name, String... labels) {
        return series.getOrDefault(name, List.of()).stream().anyMatch(s -> List.of(labels).stream().allMatch(s.labels()::contains));
    }

    private static String scrape(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Prometheus text format: every line a comment or a sample; samples grouped by series name. */
    private static Map<String, List<Sample>> parse(String body) {
        Map<String, List<Sample>> series = new HashMap<>();
        for (String line : body.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = SAMPLE.matcher(line);
            assertThat(matcher.matches()).as("sample line %s", line).isTrue();
            series.computeIfAbsent(matcher.group(1), name -> new ArrayList<>())
                    .add(new Sample(matcher.group(3) == null ? "" : matcher.group(3), matcher.group(4)));
        }
        return series;
    }
}
