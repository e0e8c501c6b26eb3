package dev.tollgate.adapters.telegram.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.telegram.TelegramSettings;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.TestBot;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
import java.net.URI;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up checks the token and the Bot API, publishes the command menus, and fails with one clear message. */
class StartUpTest {

    private static LifecycleService bot(TestShop shop, TelegramSettings settings) {
        return TestBot.injector(shop, settings).getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { }))
                .iterator().next();
    }

    @Test
    void start_withAWrongToken_failsNamingTheSettingsToCheck() {
        try (FakeTelegramBotApi telegram = FakeTelegramBotApi.start("1:right")) {
            LifecycleService bot = bot(new TestShop(), TestBot.settings(telegram, "1:wrong"));
            assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("getMe").hasMessageContaining("TOLLGATE_BOT_TOKEN").hasMessageNotContaining("1:wrong");
        }
    }

    @Test
    void start_withAnUnreachableBotApi_fails() {
        LifecycleService bot = bot(new TestShop(), TelegramSettings.polling(new Secret("1:x"), URI.create("http://127.0.0.1:1"),
                ZoneId.of("UTC")));
        assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("TOLLGATE_BOT_API_URL");
    }

    @Test
    void start_publishesTheCommandMenuPerLanguageAndForEachAdmin_andDeletesAWebhookInPollingMode() {
        try (FakeTelegramBotApi telegram = FakeTelegramBotApi.start("1:menu")) {
            LifecycleService bot = bot(new TestShop(), TestBot.settings(telegram, "1:menu"));
            bot.start();
            try {
                // Users' menus in three languages, and the admin's chat in the same three.
                assertThat(telegram.commandMenus().keySet()).hasSize(6)
                        .anySatisfy(key -> assertThat(key).endsWith("/fa"))
                        .anySatisfy(key -> assertThat(key).endsWith("/ru"))
                        .anySatisfy(key -> assertThat(key).contains("\"chat_id\":\"1\"").endsWith("/fa"))
                        .anySatisfy(key -> assertThat(key).contains("\"chat_id\":\"1\"").endsWith("/"));
                assertThat(telegram.commandMenus().values()).allSatisfy(menu -> assertThat(menu).isNotEmpty());
                assertThat(telegram.calls("deleteWebhook")).isEqualTo(1);
                assertThat(telegram.errors()).isEmpty();
            } finally {
                bot.stop();
            }
        }
    }
}
