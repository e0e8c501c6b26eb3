package dev.tollgate.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.persistence.PersistenceModule;
import dev.tollgate.adapters.httppanels.HttpPanelsModule;
import dev.tollgate.adapters.telegram.TelegramModule;
import dev.tollgate.adapters.xray.XrayModule;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.http.HttpModule;
import dev.tollgate.bootstrap.jobs.ShopJobsModule;
import dev.tollgate.bootstrap.operations.BackupModule;
import dev.tollgate.bootstrap.operations.HealthModule;
import dev.tollgate.bootstrap.operations.SecretKeys;
import dev.tollgate.bootstrap.wiring.AdminModule;
import dev.tollgate.bootstrap.wiring.CommerceModule;
import dev.tollgate.bootstrap.wiring.LocationsModule;
import dev.tollgate.bootstrap.wiring.OrderingModule;
import dev.tollgate.bootstrap.wiring.PaymentModule;
import dev.tollgate.bootstrap.wiring.SubscriptionsModule;
import dev.tollgate.bootstrap.wiring.CoreModule;
import dev.tollgate.bootstrap.wiring.PanelsModule;
import dev.tollgate.bootstrap.wiring.ServersModule;
import dev.tollgate.bootstrap.wiring.OfficeModule;
import dev.tollgate.bootstrap.wiring.PaymentsModule;
import dev.tollgate.bootstrap.wiring.ProviderWebhooksModule;
import dev.tollgate.bootstrap.wiring.StoreModule;
import dev.tollgate.bootstrap.wiring.WithoutBotModule;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the object graph from the settings, then starts its lifecycle services in phase order. */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Injector injector;
    private final Deque<LifecycleService> started = new ArrayDeque<>();

    private Application(Injector injector) {
        this.injector = injector;
    }

    /** The modules for these settings; the only place that decides what is installed. */
    public static List<Module> modules(Settings settings, Secret secretKey, Clock clock) {
        List<Module> modules = new ArrayList<>();
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
            }
        });
        modules.add(new CoreModule(settings, secretKey, clock));
        modules.add(new CommerceModule(settings, clock));
        modules.add(new OrderingModule(settings, clock));
        modules.add(new PaymentModule(clock));
        modules.add(new SubscriptionsModule(clock));
        modules.add(new AdminModule(clock));
        modules.add(new OfficeModule(settings.adminIds(), clock));
        modules.add(new dev.tollgate.bootstrap.wiring.CustomerCareModule(clock));
        modules.add(new ShopJobsModule(settings));
        modules.add(new StoreModule(clock));
        modules.add(new LocationsModule(clock));
        modules.add(new dev.tollgate.bootstrap.jobs.MoveJobsModule(settings.jobs().provisioning()));
        modules.add(new HealthModule(settings.botEnabled()));
        modules.add(new PanelsModule(settings, clock));
        modules.add(new ServersModule(clock));
        modules.add(new dev.tollgate.bootstrap.wiring.SettingsModule(settings, clock));
        modules.add(new dev.tollgate.bootstrap.wiring.ImportsModule(clock));
        modules.add(new HttpModule(settings.http(), settings.displayZone()));
        modules.add(new PersistenceModule(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.databasePoolSize(), secretKey));
        modules.add(new XrayModule());
        modules.add(new HttpPanelsModule());
        settings.jobs().backup().ifPresent(interval -> modules.add(new BackupModule(settings, interval)));
        modules.add(new PaymentsModule());
        if (settings.botEnabled()) {
            modules.add(new TelegramModule(telegramSettings(settings), settings.shop()));
            modules.add(new dev.tollgate.adapters.telegram.TelegramPaymentsModule(settings.payments().providers()));
            modules.add(new dev.tollgate.bootstrap.wiring.BroadcastsModule(clock));
            modules.add(new dev.tollgate.bootstrap.wiring.AlertActionsModule(clock));
            modules.add(new dev.tollgate.bootstrap.jobs.BroadcastJobsModule(
                    ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8)));
            if (settings.payments().providers().cryptoBot().isPresent()) {
                modules.add(new ProviderWebhooksModule());
            }
        } else {
            modules.add(new WithoutBotModule());
        }
        return modules;
    }

    static dev.tollgate.adapters.telegram.TelegramSettings telegramSettings(Settings settings) {
        Settings.BotRuntime bot = settings.botRuntime();
        dev.tollgate.adapters.telegram.TelegramSettings telegram = dev.tollgate.adapters.telegram.TelegramSettings
                .polling(settings.botToken(), settings.botApiUrl(), settings.displayZone())
                .withCard(settings.card().number(), settings.card().holder(), settings.card().currency())
                .withRuntime(bot.workers(), bot.lease(), 1000, 25, java.time.Duration.ofSeconds(60));
        return bot.webhook() ? telegram.withWebhook(settings.publicUrl(), bot.webhookPath(), bot.webhookSecret()) : telegram;
    }

    /** The port the HTTP endpoint listens on (tests start it on port 0). */
    int httpPort() {
        return injector.getInstance(dev.tollgate.bootstrap.http.HttpFront.class).boundPort();
    }

    public static Application start(Settings settings, Clock clock) {
        Secret secretKey = SecretKeys.resolve(settings.secretKey(), settings.secretKeyFile());
        Injector injector = Guice.createInjector(Stage.PRODUCTION, modules(settings, secretKey, clock));
        Application application = new Application(injector);
        try {
            application.startServices();
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        if (!settings.botEnabled()) {
            LOG.warn("The Telegram bot is OFF because no bot token is set. Create a bot with @BotFather, then set "
                    + "TOLLGATE_BOT_TOKEN=<token> (or bot.token in tollgate.yml) and restart.");
        }
        return application;
    }

    private void startServices() {
        List<LifecycleService> services = new ArrayList<>(
                injector.getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })));
        services.sort(Comparator.comparingInt(LifecycleService::phase));
        for (LifecycleService service : services) {
            long before = System.nanoTime();
            service.start();
            started.push(service);
            LOG.debug("started {} in {} ms", service.name(), (System.nanoTime() - before) / 1_000_000);
        }
        LOG.info("Tollgate started ({} services), {} ms after the JVM started", started.size(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    public Injector injector() {
        return injector;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            LifecycleService service = started.pop();
            try {
                service.stop();
            } catch (RuntimeException e) {
                LOG.warn("stopping {} failed: {}", service.name(), e.getMessage());
            }
        }
    }
}
