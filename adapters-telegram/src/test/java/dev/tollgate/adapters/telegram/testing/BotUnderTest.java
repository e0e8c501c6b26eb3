package dev.tollgate.adapters.telegram.testing;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.adapters.telegram.TelegramSettings;
import dev.tollgate.application.port.out.LifecycleService;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every conversation test shares, as a JUnit extension: a fake Bot API on loopback, opened with the test
 * instance so that fields can hold it, and the real bot over a {@link TestShop}, started in long-polling mode before
 * each test and stopped, with the fake, after it.
 *
 * <pre>{@code
 * private final TestShop shop = new TestShop();
 * @RegisterExtension
 * final BotUnderTest bot = BotUnderTest.over(shop, TOKEN);
 * private final FakeTelegramBotApi telegram = bot.telegram();
 * }</pre>
 */
public final class BotUnderTest implements BeforeEachCallback, AfterEachCallback {

    private final TestShop shop;
    private final String token;
    private final FakeTelegramBotApi telegram;
    private UnaryOperator<TelegramSettings> settings = UnaryOperator.identity();
    private StorefrontSettings storefront = StorefrontSettings.NONE;
    private Injector injector;
    private LifecycleService bot;

    private BotUnderTest(TestShop shop, String token) {
        this.shop = shop;
        this.token = token;
        this.telegram = FakeTelegramBotApi.start(token);
    }

    public static BotUnderTest over(TestShop shop, String token) {
        return new BotUnderTest(shop, token);
    }

    /** Changes the bot's settings before it starts (a card, webhook mode, other limits). */
    public BotUnderTest withSettings(UnaryOperator<TelegramSettings> change) {
        this.settings = change;
        return this;
    }

    /** The storefront's settings: support, FAQ, the channel and terms gates. */
    public BotUnderTest withStorefront(StorefrontSettings storefront) {
        this.storefront = storefront;
        return this;
    }

    public FakeTelegramBotApi telegram() {
        return telegram;
    }

    /** Asserts that the bot answers the callback query (a toast, an alert or silently) within 20 seconds. */
    public void awaitAnswered(String queryId) {
        if (!telegram.awaitCallbackAnswered(queryId, java.time.Duration.ofSeconds(20))) {
            throw new AssertionError("callback " + queryId + " was not answered within 20 s");
        }
    }

    /** The bot's injector, once it started: for what a test reaches behind the screens (alerts, the sender). */
    public Injector injector() {
        if (injector == null) {
            throw new IllegalStateException("the bot starts before each test; its injector is not there yet");
        }
        return injector;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        injector = TestBot.injector(shop, settings.apply(TestBot.settings(telegram, token)), storefront);
        bot = injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })).iterator().next();
        bot.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (bot != null) {
                bot.stop();
            }
        } finally {
            telegram.close();
        }
    }
}
