package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.ChatMessage;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi.TgUser;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.bootstrap.config.ConfigLoader;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two app instances through the real wiring, in webhook mode on one PostgreSQL: updates are POSTed alternately to
 * both, as a load balancer would; each is handled once and every user's updates in order.
 */
class WebhookInstancesTest {

    private static final String TOKEN = "77:webhook-instances";
    private final FakeTelegramBotApi telegram = FakeTelegramBotApi.start(TOKEN);
    private final List<Application> apps = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private TestDatabase database;

    @AfterEach
    void stop() {
        apps.forEach(Application::close);
        telegram.close();
        if (database != null) {
            database.close();
        }
    }

    private Map<String, String> environment(Path work) {
        database = TestDatabase.postgres();
        Map<String, String> environment = new HashMap<>();
        environment.put("TOLLGATE_BOT_TOKEN", TOKEN);
        environment.put("TOLLGATE_BOT_API_URL", telegram.baseUrl().toString());
        environment.put("TOLLGATE_BOT_MODE", "webhook");
        environment.put("TOLLGATE_PUBLIC_URL", "http://127.0.0.1:9");
        environment.put("TOLLGATE_DB_URL", database.url);
        environment.put("TOLLGATE_DB_USER", database.user);
        environment.put("TOLLGATE_DB_PASSWORD", database.password.value());
        environment.put("TOLLGATE_HTTP_PORT", "0");
        environment.put("TOLLGATE_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        environment.put("TOLLGATE_SECRET_KEY_FILE", work.resolve("secret.key").toString());
        return environment;
    }

    private int post(Application app, String update) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", telegram.webhookSecret())
                .POST(HttpRequest.BodyPublishers.ofString(update)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void twoInstancesBehindALoadBalancer_handleEachUpdateOnce_andEveryUsersUpdatesInOrder() throws Exception {
        Map<String, String> environment = environment(Files.createTempDirectory("tollgate-webhook"));
        apps.add(Application.start(new ConfigLoader().load(environment), Clock.systemUTC()));
        apps.add(Application.start(new ConfigLoader().load(environment), Clock.systemUTC()));
        assertThat(telegram.webhookUrl()).isEqualTo("http://127.0.0.1:9/telegram/webhook");
        assertThat(telegram.webhookSecret()).hasSizeGreaterThanOrEqualTo(16);

        List<TgUser> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            users.add(new TgUser(5000 + i, "User" + i, i % 3 == 0 ? "fa" : "en"));
        }
        for (String command : List.of("/start", "/help", "/language")) {
            users.forEach(user -> telegram.userSends(user, command));
        }
        List<String> pending = telegram.takePendingUpdates();
        assertThat(pending).hasSize(36);
        int i = 0;
        for (String update : pending) {
            Application app = apps.get(i++ % 2);
            assertThat(post(app, update)).isEqualTo(200);
        }
        // A redelivery (Telegram retries when an answer was lost) changes nothing.
        assertThat(post(apps.get(1), pending.get(0))).isEqualTo(200);
        assertThat(post(apps.get(0), "{\"update_id\":1}")).as("a kind we do not handle is taken and ignored").isEqualTo(200);
        assertThat(post(apps.get(0), "not json")).isEqualTo(400);
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apps.get(0).httpPort() + "/telegram/webhook"))
                .header("X-Telegram-Bot-Api-Secret-Token", "wrong").POST(HttpRequest.BodyPublishers.ofString(pending.get(1))).build();
        assertThat(http.send(forged, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);

        for (TgUser user : users) {
            telegram.awaitBotMessage(user.id(), m -> m.text() != null && (m.text().contains("language") || m.text().contains("زبان")),
                    Duration.ofSeconds(30));
            List<ChatMessage> replies = telegram.messages(user.id()).stream().filter(ChatMessage::fromBot).toList();
            assertThat(replies).as("replies to %s", user.id()).hasSize(3);
            assertThat(replies.get(1).text()).as("help comes second").containsAnyOf("How it works", "راهنما", "چطور");
        }
        assertThat(telegram.errors()).isEmpty();
    }
}
