package dev.tollgate.adapters.telegram;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.adapters.telegram.notify.TelegramAdminAlerts;
import dev.tollgate.adapters.telegram.notify.TelegramCustomerNotifier;
import dev.tollgate.adapters.telegram.notify.TelegramOwnerFiles;
import dev.tollgate.adapters.telegram.routing.Gate;
import dev.tollgate.adapters.telegram.routing.Router;
import dev.tollgate.adapters.telegram.runtime.BotCommands;
import dev.tollgate.adapters.telegram.runtime.BotIdentity;
import dev.tollgate.adapters.telegram.runtime.BotMetrics;
import dev.tollgate.adapters.telegram.runtime.BotRuntime;
import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.FloodGuard;
import dev.tollgate.adapters.telegram.runtime.InboxWorkers;
import dev.tollgate.adapters.telegram.runtime.PreCheckouts;
import dev.tollgate.adapters.telegram.runtime.RateLimits;
import dev.tollgate.adapters.telegram.runtime.Responder;
import dev.tollgate.adapters.telegram.runtime.TelegramWebhook;
import dev.tollgate.adapters.telegram.runtime.UpdateHandler;
import dev.tollgate.adapters.telegram.user.PaymentsScreen;
import dev.tollgate.adapters.telegram.view.Formats;
import dev.tollgate.adapters.telegram.view.QrCodes;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.OwnerFiles;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.domain.customer.TelegramUserId;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot over the Telegram Bot API (api.telegram.org or a self-hosted Bot API server): the durable inbox and its
 * workers, long polling or the webhook, the screens, and the notifiers the core sends through.
 */
public final class TelegramModule extends AbstractModule {

    private final TelegramSettings settings;
    private final StorefrontSettings storefront;

    public TelegramModule(TelegramSettings settings) {
        this(settings, StorefrontSettings.NONE);
    }

    public TelegramModule(TelegramSettings settings, StorefrontSettings storefront) {
        this.settings = settings;
        this.storefront = storefront;
    }

    static TelegramUrl telegramUrl(URI base) {
        String scheme = base.getScheme() == null ? "https" : base.getScheme();
        int port = base.getPort() > 0 ? base.getPort() : scheme.equals("http") ? 80 : 443;
        if (base.getHost() == null) {
            throw new IllegalArgumentException("the Bot API URL needs a host: " + base);
        }
        return new TelegramUrl(scheme, base.getHost(), port, false);
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ReceiveWebhookUseCase.class).addBinding().to(TelegramWebhook.class);
        bind(Screens.UseCases.class);
        bind(Screens.Office.class);
        bind(Screens.Care.class);
        bind(Screens.ServerOffice.class);
        bind(Screens.SettingsOffice.class);
    }

    @Provides
    @Singleton
    TelegramClient telegramClient() {
        // telegrambots runs every call through OkHttp's asynchronous dispatcher, which allows only 5 requests per host
        // by default: every worker beyond the fifth would queue behind them. Allow one per worker (and the poller).
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "telegram-http");
            thread.setDaemon(true);
            return thread;
        }));
        dispatcher.setMaxRequests(settings.workers() + 16);
        dispatcher.setMaxRequestsPerHost(settings.workers() + 16);
        // Enough kept-alive connections for the workers' concurrent calls; a read timeout above long polling's 25 s.
        OkHttpClient http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(settings.workers() + 4, 5, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(40)).connectTimeout(Duration.ofSeconds(10))
                .dispatcher(dispatcher).build();
        return new OkHttpTelegramClient(http, settings.token().value(), telegramUrl(settings.apiUrl()));
    }

    @Provides
    @Singleton
    Ui ui() {
        Texts texts = new Texts();
        return new Ui(texts, new Formats(texts, settings.displayZone()));
    }

    @Provides
    @Singleton
    BotMetrics metrics(MeterRegistry registry, UpdateInbox inbox, Clock clock) {
        BotMetrics metrics = new BotMetrics(registry);
        metrics.watchInbox(inbox, clock, System::nanoTime);
        return metrics;
    }

    @Provides
    @Singleton
    Chat chat(TelegramClient client, ChangeCustomerSettingsUseCase customers, BotMetrics metrics) {
        return new Chat(client, new RateLimits(settings.bulkPerSecond()), chatId -> {
            if (chatId > 0 && customers.botBlocked(new TelegramUserId(chatId))) {
                org.slf4j.LoggerFactory.getLogger(TelegramModule.class).info("user {} blocked the bot; nothing unsolicited "
                        + "is sent to them until they write again", chatId);
            }
        }, metrics);
    }

    @Provides
    @Singleton
    BotIdentity identity() {
        return new BotIdentity();
    }

    @Provides
    @Singleton
    TelegramCustomerNotifier customerNotifier(Chat chat, Ui ui, ChangeCustomerSettingsUseCase customers,
                                              Screens.SettingsOffice settings,
                                              dev.tollgate.application.port.in.ListRenewalsUseCase renewals) {
        return new TelegramCustomerNotifier(chat, ui, new QrCodes(), customers,
                () -> settings.storefront(storefront).supportLink(),
                TelegramCustomerNotifier.PacksOnSale.of(renewals));
    }

    @Provides
    CustomerNotifier customerNotifierPort(TelegramCustomerNotifier notifier) {
        return notifier;
    }


    @Provides
    @Singleton
    AdminAlerts adminAlerts(Chat chat, Ui ui, AdminDirectory admins, ChangeCustomerSettingsUseCase customers) {
        return new TelegramAdminAlerts(chat, ui, admins, customers, settings.alertWindow(),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "telegram-admin-alerts");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    @Provides
    @Singleton
    OwnerFiles ownerFiles(Chat chat, Ui ui, AdminDirectory admins, ChangeCustomerSettingsUseCase customers) {
        return new TelegramOwnerFiles(chat, ui, admins, customers, TelegramOwnerFiles.PUBLIC_BOT_API_UPLOAD_LIMIT);
    }

    @Provides
    @Singleton
    Screens screens(Ui ui, Screens.UseCases useCases, BotIdentity identity, AdminAlerts alerts, TelegramClient client,
                    dev.tollgate.application.port.in.ListBroadcastsUseCase listBroadcasts,
                    dev.tollgate.application.port.in.PreviewBroadcastUseCase previewBroadcast,
                    dev.tollgate.application.port.in.StartBroadcastUseCase startBroadcast,
                    dev.tollgate.application.port.in.CancelBroadcastUseCase cancelBroadcast,
                    dev.tollgate.application.port.in.RetryProvisioningUseCase retryProvisioning,
                    dev.tollgate.application.port.in.ShowServerStatusUseCase serverStatus,
                    Screens.ServerOffice servers, Screens.SettingsOffice shopSettings) {
        return new Screens(ui, useCases, identity::username, alerts,
                shopSettings.card(settings.cardNumber(), settings.cardHolder(), settings.cardCurrency()), storefront,
                new dev.tollgate.adapters.telegram.runtime.TelegramChannelMembership(client),
                new dev.tollgate.adapters.telegram.admin.BroadcastsScreen.UseCases(listBroadcasts, previewBroadcast,
                        startBroadcast, cancelBroadcast),
                new dev.tollgate.adapters.telegram.admin.AlertActionsScreen(ui, retryProvisioning, serverStatus),
                servers, shopSettings, new BotCommands(client, ui.texts())::staffChanged);
    }

    @Provides
    @Singleton
    dev.tollgate.application.port.out.BroadcastSender broadcastSender(Chat chat, Ui ui,
                                                                      ChangeCustomerSettingsUseCase customers) {
        return new dev.tollgate.adapters.telegram.notify.TelegramBroadcastSender(chat, ui, customers);
    }

    @Provides
    @Singleton
    UpdateHandler handler(RegisterContactUseCase contacts, ChangeCustomerSettingsUseCase customers,
                          Conversations conversations, Screens screens, Chat chat, Ui ui, Clock clock,
                          dev.tollgate.application.port.out.AdminDirectory staff) {
        Router router = screens.router();
        return new UpdateHandler(contacts, customers, conversations, router,
                new Responder(chat, conversations, new QrCodes()), (PaymentsScreen) router.screen("pay").orElseThrow(),
                new FloodGuard(30, Duration.ofSeconds(10)), ui.texts(), clock, staff,
                // Before routing, every customer's update passes the terms to accept when the shop has any.
                (Gate) router.screen("terms").orElseThrow());
    }

    @Provides
    @Singleton
    PreCheckouts preCheckouts(UpdateHandler handler) {
        return new PreCheckouts(handler);
    }

    @Provides
    @Singleton
    InboxWorkers workers(UpdateInbox inbox, UpdateHandler handler, Clock clock, BotMetrics metrics) {
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new InboxWorkers(inbox, handler, clock, new InboxWorkers.Settings(settings.workers(), settings.lease(),
                Duration.ofMillis(250), 5, Duration.ofHours(1)), owner, metrics);
    }

    @Provides
    @Singleton
    TelegramWebhook webhook(UpdateInbox inbox, PreCheckouts preCheckouts, InboxWorkers workers, Clock clock) {
        return new TelegramWebhook(settings.webhookPath(), settings.webhook() ? settings.effectiveWebhookSecret()
                : UUID.randomUUID().toString(), inbox, preCheckouts, workers::wake, clock);
    }

    @ProvidesIntoSet
    @Singleton
    LifecycleService bot(TelegramClient client, BotIdentity identity, Ui ui, AdminDirectory admins, UpdateInbox inbox,
                         InboxWorkers workers, PreCheckouts preCheckouts, TelegramWebhook webhook, Clock clock,
                         BotMetrics metrics) {
        TelegramUrl url = telegramUrl(settings.apiUrl());
        return new BotRuntime(client, identity, new BotCommands(client, ui.texts()), admins, inbox, workers, preCheckouts,
                webhook, new BotRuntime.Mode(settings.webhook(), settings.webhook() ? settings.webhookUrl() : "",
                settings.webhook() ? settings.effectiveWebhookSecret() : "", 40),
                settings.maxBacklog(), clock, url.getSchema() + "://" + url.getHost() + ":" + url.getPort(), metrics);
    }
}
