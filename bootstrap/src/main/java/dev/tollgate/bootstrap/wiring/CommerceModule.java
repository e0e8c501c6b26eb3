package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.provisioning.RetryPolicy;
import java.time.Clock;

/** What the features share: the customer notices, server groups, and the provisioning worker every paid order goes through. */
public final class CommerceModule extends AbstractModule {

    private final Settings settings;
    private final Clock clock;

    public CommerceModule(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Provides
    @Singleton
    ServerGroups serverGroups() {
        return new ConfiguredServerGroups(settings.serverGroups());
    }

    @Provides
    @Singleton
    CustomerNotices notices(CustomerNotifier notifier, AdminAlerts alerts, CustomerRepository customers) {
        return new CustomerNotices(notifier, alerts, customers);
    }

    @Provides
    @Singleton
    ProcessProvisioningTasksService provisioningWorker(ProvisioningQueue queue, OrderRepository orders,
            SubscriptionRepository subscriptions, WalletLedger ledger, ServerCatalog servers, PanelGateways gateways,
            SubscriptionProvisioner provisioner, TransactionRunner transactions, CustomerNotices notices) {
        Settings.Commerce c = settings.commerce();
        return new ProcessProvisioningTasksService(queue, orders, subscriptions, ledger, servers, gateways, provisioner,
                transactions, notices, new RetryPolicy(c.provisioningFirstRetry(), c.provisioningMaxRetryDelay(),
                        c.provisioningMaxAttempts()), clock);
    }

    @Provides
    @Singleton
    ProcessProvisioningTasksUseCase processProvisioning(ProcessProvisioningTasksService worker) {
        return worker;
    }
}
