package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.in.ImportClientsUseCase;
import dev.tollgate.application.port.in.ListUnclaimedUseCase;
import dev.tollgate.application.port.in.PreviewImportUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.application.service.imports.ClaimSubscriptionService;
import dev.tollgate.application.service.imports.ImportClientsService;
import dev.tollgate.application.service.imports.ListUnclaimedService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import java.time.Clock;

/** The import of existing panel clients (issue 12) and the claim codes of the unclaimed ones. */
public final class ImportsModule extends AbstractModule {

    private final Clock clock;

    public ImportsModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    ImportClientsUseCase importClients(AdminDirectory staff, ServerCatalog servers, PanelGateways gateways,
            PreviewImportUseCase preview, SubscriptionRepository subscriptions, CustomerRepository customers,
            UnclaimedSubscriptions unclaimed, TransactionRunner transactions, AuditLog audit) {
        return new ImportClientsService(staff, servers, gateways, preview, subscriptions, customers, unclaimed,
                transactions, audit, clock);
    }

    @Provides
    @Singleton
    ClaimSubscriptionUseCase claimSubscription(UnclaimedSubscriptions unclaimed, SubscriptionRepository subscriptions,
            CustomerRepository customers, ServerCatalog servers, SubscriptionProvisioner provisioner,
            TransactionRunner transactions) {
        return new ClaimSubscriptionService(unclaimed, subscriptions, customers, servers, provisioner, transactions, clock);
    }

    @Provides
    @Singleton
    ListUnclaimedUseCase listUnclaimed(AdminDirectory staff, UnclaimedSubscriptions unclaimed) {
        return new ListUnclaimedService(staff, unclaimed);
    }
}
