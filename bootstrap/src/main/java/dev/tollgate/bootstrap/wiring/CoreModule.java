package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.ActivatePendingSubscriptionsUseCase;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ShowJobStatusUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.application.service.customer.ChangeCustomerSettingsService;
import dev.tollgate.application.service.customer.RegisterContactService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.feed.SubscriptionFeedService;
import dev.tollgate.application.service.operations.ShowJobStatusService;
import dev.tollgate.application.service.provisioning.ActivatePendingSubscriptionsService;
import dev.tollgate.application.service.provisioning.ReconcilePanelsService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.subscription.ListSubscriptionsService;
import dev.tollgate.application.service.trial.ClaimTrialService;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.bootstrap.jobs.Jobs;
import dev.tollgate.bootstrap.jobs.ScheduledJob;
import dev.tollgate.bootstrap.jobs.TimedJobs;
import dev.tollgate.bootstrap.operations.TimedPanelGateways;
import dev.tollgate.domain.referral.ReferralPolicy;
import java.time.Clock;
import java.util.Set;

/** The application services, built by hand (they carry no DI annotations), and the app's own infrastructure. */
public final class CoreModule extends AbstractModule {


    private final Settings settings;
    private final Secret secretKey;
    private final Clock clock;

    public CoreModule(Settings settings, Secret secretKey, Clock clock) {
        this.settings = settings;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    @Override
    protected void configure() {
        // Declared so that an app with no panel adapter module still builds (it then refuses unknown kinds at start).
        Multibinder.newSetBinder(binder(), PanelGatewayFactory.class);
        Multibinder.newSetBinder(binder(), LifecycleService.class);
        Multibinder.newSetBinder(binder(), ScheduledJob.class);
        Multibinder.newSetBinder(binder(), ReceiveWebhookUseCase.class);
    }

    @Provides
    @Singleton
    Settings settings() {
        return settings;
    }

    @Provides
    @Singleton
    Clock clock() {
        return clock;
    }

    @Provides
    @Singleton
    ServerCatalog servers(ServerRepository stored) {
        return new ConfiguredServers(settings.servers(), stored, settings.trialServer());
    }

    @Provides
    @Singleton
    PanelGatewayRegistry gatewayRegistry(ServerCatalog servers, Set<PanelGatewayFactory> factories) {
        return new PanelGatewayRegistry(servers, factories);
    }

    @Provides
    @Singleton
    PanelGateways gateways(PanelGatewayRegistry registry, io.micrometer.core.instrument.MeterRegistry meters) {
        return new TimedPanelGateways(registry, meters, System::nanoTime);
    }

    @Provides
    @Singleton
    SubscriptionProvisioner provisioner(SubscriptionRepository subscriptions, ServerCatalog servers,
                                        PanelGateways gateways, TransactionRunner transactions) {
        return new SubscriptionProvisioner(subscriptions, servers, gateways, transactions, new ShareLinks(), clock);
    }

    @Provides
    @Singleton
    ChangeCustomerSettingsUseCase changeCustomerSettings(CustomerRepository customers, TransactionRunner transactions) {
        return new ChangeCustomerSettingsService(customers, transactions, clock);
    }

    @Provides
    @Singleton
    RegisterContactUseCase registerContact(CustomerRepository customers, Referrals referrals, ReferralPolicy referralPolicy,
                                           TransactionRunner transactions) {
        return new RegisterContactService(customers, referrals, referralPolicy, transactions, clock);
    }

    @Provides
    @Singleton
    ClaimTrialUseCase claimTrial(TrialClaims claims, SubscriptionRepository subscriptions, ServerCatalog servers,
                                 TransactionRunner transactions, SubscriptionProvisioner provisioner,
                                 dev.tollgate.application.service.customer.ShopBans bans,
                                 dev.tollgate.application.port.out.ShopSettings shop) {
        return bans.claimTrial(new ClaimTrialService(shop, claims, subscriptions, servers, transactions, provisioner,
                clock));
    }

    @Provides
    @Singleton
    ListSubscriptionsUseCase listSubscriptions(SubscriptionRepository subscriptions, ServerCatalog servers,
                                               SubscriptionProvisioner provisioner) {
        return new ListSubscriptionsService(subscriptions, servers, provisioner);
    }

    @Provides
    @Singleton
    ActivatePendingSubscriptionsUseCase activatePending(SubscriptionRepository subscriptions, CustomerRepository customers,
                                                        SubscriptionProvisioner provisioner, CustomerNotifier notifier) {
        return new ActivatePendingSubscriptionsService(subscriptions, customers, provisioner, notifier, clock);
    }

    @Provides
    @Singleton
    ReconcilePanelsUseCase reconcilePanels(ServerCatalog servers, PanelGateways gateways,
                                           SubscriptionRepository subscriptions, SubscriptionProvisioner provisioner,
                                           dev.tollgate.application.port.in.CheckPanelsUseCase checks,
                                           dev.tollgate.application.port.out.PanelStatuses statuses,
                                           dev.tollgate.application.port.out.AdminAlerts alerts) {
        return new ReconcilePanelsService(servers, gateways, subscriptions, provisioner, checks, statuses, alerts, clock);
    }

    @Provides
    @Singleton
    Jobs jobs(Set<ScheduledJob> jobs, javax.sql.DataSource dataSource, JobRuns runs,
              io.micrometer.core.instrument.MeterRegistry registry) {
        return new Jobs(TimedJobs.timed(jobs, registry), dataSource, runs, clock, Jobs.instanceName(), Jobs.Timing.forJobs(jobs));
    }

    @Provides
    @Singleton
    ShowJobStatusUseCase jobStatus(AdminDirectory admins, JobRuns runs) {
        return new ShowJobStatusService(admins, runs);
    }

    @Provides
    @Singleton
    SubscriptionFeedUseCase subscriptionFeed(SubscriptionRepository subscriptions, ServerCatalog servers,
                                             CustomerRepository customers, PlanRepository plans,
                                             dev.tollgate.application.port.out.UsageRecords usage,
                                             dev.tollgate.application.port.out.FeedTokenVersions versions) {
        return new SubscriptionFeedService(subscriptions, servers, new HmacFeedTokens(secretKey), new ShareLinks(),
                settings.publicUrl(), customers, plans, usage, versions);
    }

    @ProvidesIntoSet
    LifecycleService gatewayLifecycle(PanelGatewayRegistry registry) {
        return registry;
    }

    @ProvidesIntoSet
    LifecycleService jobsLifecycle(Jobs jobs) {
        return jobs;
    }
}
