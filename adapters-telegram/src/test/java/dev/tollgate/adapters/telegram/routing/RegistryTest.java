package dev.tollgate.adapters.telegram.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.Key;
import dev.tollgate.adapters.telegram.testing.FakeTelegramBotApi;
import dev.tollgate.adapters.telegram.testing.TestBot;
import dev.tollgate.adapters.telegram.testing.TestShop;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.domain.customer.Language;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bot's registry: screen ids unique, callback data within 64 bytes and round-tripping, every key everywhere. */
class RegistryTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyScreen_hasAUniqueIdAndEveryCommandOneScreen() throws Exception {
        Router router = router();
        List<String> ids = router.screens().stream().map(Screen::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("menu", "trial", "buy", "plan", "stars", "wpay", "card", "wallet",
                "top", "subs", "ar", "lang", "help", "pay", "rcpt", "stats");
        for (String id : ids) {
            assertThat(CallbackData.parse(CallbackData.of(id).pack())).contains(CallbackData.of(id));
        }
    }

    @Test
    void callbackData_roundTripsAndRefusesWhatItCannotCarry() {
        CallbackData longest = CallbackData.of("ar", "off", "6a1f0c2e-7d55-4b8a-9c1d-0123456789ab");
        assertThat(CallbackData.parse(longest.pack())).contains(longest);
        assertThat(longest.pack().length()).isLessThanOrEqualTo(CallbackData.MAX_BYTES);
        assertThatThrownBy(() -> CallbackData.of("rcpt", "ok", "x".repeat(40), "y".repeat(30)).pack())
                .hasMessageContaining("64 bytes");
        assertThatThrownBy(() -> CallbackData.of("menu", "a:b")).isInstanceOf(IllegalArgumentException.class);
        for (String forged : new String[] {"", "TRIAL", "trial;drop", "x".repeat(65), "\u0000", "a::b", ":menu", "plan:é"}) {
            assertThat(CallbackData.parse(forged)).as(forged).isEmpty();
        }
    }

    @Test
    void everyKey_existsInEveryLanguageWithTheSamePlaceholders() {
        Texts texts = new Texts();
        Set<String> english = texts.keys(Language.EN);
        for (Language language : Language.values()) {
            assertThat(texts.keys(language)).as("keys in %s", language).containsExactlyInAnyOrderElementsOf(english);
            for (String key : english) {
                assertThat(placeholders(texts.pattern(language, key))).as("%s in %s", key, language)
                        .isEqualTo(placeholders(texts.pattern(Language.EN, key)));
                assertThat(texts.get(language, key, "a", 1, "c", "d", "e", "f")).isNotBlank();
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Router router() throws Exception {
        try (FakeTelegramBotApi telegram = FakeTelegramBotApi.start("1:registry")) {
            Injector injector = TestBot.injector(new TestShop(), TestBot.settings(telegram, "1:registry"));
            Class<?> screensClass = Class.forName("dev.tollgate.adapters.telegram.Screens");
            Object screens = injector.getInstance(Key.get(screensClass));
            Method router = screensClass.getDeclaredMethod("router");
            router.setAccessible(true);
            return (Router) router.invoke(screens);
        }
    }
}
