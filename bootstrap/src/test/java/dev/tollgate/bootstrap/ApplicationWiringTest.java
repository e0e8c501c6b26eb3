package dev.tollgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.bootstrap.config.ConfigLoader;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.wiring.LoggingCustomerNotifier;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real module list builds under the strict binder in production stage, without touching any network or disk. */
class ApplicationWiringTest {

    private static final Secret TEST_KEY = new Secret(java.util.Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void modules_withABotToken_wireTheTelegramBotAndEveryPanelKind() {
        Settings settings = new ConfigLoader().load(Map.of("TOLLGATE_BOT_TOKEN", "1:fake", "TOLLGATE_DB_URL", "jdbc:h2:mem:wiring"));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Application.modules(settings, TEST_KEY, Clock.systemUTC()));

        assertThat(injector.getInstance(ClaimTrialUseCase.class)).isNotNull();
        assertThat(injector.getInstance(CustomerNotifier.class).getClass().getSimpleName()).isEqualTo("TelegramCustomerNotifier");
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<dev.tollgate.application.port.in.ReceiveWebhookUseCase>>() { })))
                .extracting(dev.tollgate.application.port.in.ReceiveWebhookUseCase::path).containsExactly("/telegram/webhook");
        Set<String> kinds = injector.getInstance(Key.get(new TypeLiteral<Set<PanelGatewayFactory>>() { })).stream()
                .flatMap(factory -> factory.kinds().stream()).collect(Collectors.toSet());
        assertThat(kinds).contains("xray", "v2ray", "3x-ui", "s-ui");
        Set<String> services = injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })).stream()
                .map(LifecycleService::name).collect(Collectors.toSet());
        assertThat(services).contains("database", "panel-gateways", "jobs", "http", "telegram-bot");
    }

    @Test
    void modules_withoutABotToken_stillBuildAndOnlyLogNotifications() {
        Settings settings = new ConfigLoader().load(Map.of("TOLLGATE_DB_URL", "jdbc:h2:mem:wiring2"));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Application.modules(settings, TEST_KEY, Clock.systemUTC()));

        assertThat(injector.getInstance(CustomerNotifier.class)).isInstanceOf(LoggingCustomerNotifier.class);
        Set<String> services = injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })).stream()
                .map(LifecycleService::name).collect(Collectors.toSet());
        assertThat(services).doesNotContain("telegram-bot");
    }
}
