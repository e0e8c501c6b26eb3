package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.CheckPanelsUseCase;
import dev.tollgate.application.port.in.PreviewImportUseCase;
import dev.tollgate.application.port.in.SyncUsageUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.service.subscription.SyncUsageService;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.service.provisioning.CheckPanelsService;
import dev.tollgate.application.service.provisioning.PreviewImportService;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.jobs.ScheduledJob;
import java.time.Clock;
import java.time.Duration;

/** What the shop learns from its panels: their recorded health (and the job that checks them), and their usage. */
public final class PanelsModule extends AbstractModule {

    /** The check job runs at least this often, and as often as reconciliation when that is more frequent. */
    static final Duration MAX_CHECK_INTERVAL = Duration.ofSeconds(15);

    private final Settings settings;
    private final Clock clock;

    public PanelsModule(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    static Duration checkInterval(Duration reconcileInterval) {
        return reconcileInterval.compareTo(MAX_CHECK_INTERVAL) < 0 ? reconcileInterval : MAX_CHECK_INTERVAL;
    }

    @Provides
    @Singleton
    CheckPanelsUseCase checkPanels(ServerCatalog servers, PanelGateways gateways, PanelStatuses statuses,
                                   dev.tollgate.application.port.out.AdminAlerts alerts) {
        return new CheckPanelsService(servers, gateways, statuses, clock, alerts);
    }

    /** Run by the subscription-limits job before it checks the limits (see EnforceSubscriptionLimitsService). */
    @Provides
    @Singleton
    SyncUsageUseCase syncUsage(SubscriptionRepository subscriptions, ServerCatalog servers, PanelGateways gateways,
                               UsageRecords records, TransactionRunner transactions) {
        return new SyncUsageService(subscriptions, servers, gateways, records, transactions, clock);
    }

    /** The import dry run (3x-UI, S-UI): what existing panel clients would be adopted, and as whose. */
    @Provides
    @Singleton
    PreviewImportUseCase previewImport(ServerCatalog servers, PanelGateways gateways, SubscriptionRepository subscriptions,
                                       CustomerRepository customers) {
        return new PreviewImportService(servers, gateways, subscriptions, customers);
    }

    @ProvidesIntoSet
    ScheduledJob checkPanelsJob(CheckPanelsUseCase checks) {
        return new ScheduledJob("check-panels", checkInterval(settings.reconcileInterval()), checks::check);
    }
}
