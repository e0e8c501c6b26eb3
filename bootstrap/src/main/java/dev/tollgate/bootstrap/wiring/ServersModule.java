package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.RemoveServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.PanelGatewayFactory;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.SealedSecrets;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.servers.ListServersService;
import dev.tollgate.application.service.servers.ProbeServerService;
import dev.tollgate.application.service.servers.RemoveServerService;
import dev.tollgate.application.service.servers.SaveServerService;
import java.time.Clock;
import java.util.Set;

/** The servers of the back office: list with recorded health, connection test, add and edit, remove (audited). */
public final class ServersModule extends AbstractModule {

    private final Clock clock;

    public ServersModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    ListServersUseCase listServers(AdminDirectory staff, ServerCatalog catalog, ServerRepository stored,
                                   PanelStatuses statuses, SubscriptionRepository subscriptions) {
        return new ListServersService(staff, catalog, stored, statuses, subscriptions);
    }

    @Provides
    @Singleton
    ProbeServerUseCase probeServer(AdminDirectory staff, Set<PanelGatewayFactory> factories, SealedSecrets seals) {
        return new ProbeServerService(staff, factories, seals);
    }

    @Provides
    @Singleton
    SaveServerUseCase saveServer(AdminDirectory staff, ServerCatalog catalog, ServerRepository stored,
                                 Set<PanelGatewayFactory> factories, SealedSecrets seals, PanelGateways gateways,
                                 AuditLog audit, TransactionRunner transactions, SubscriptionRepository subscriptions,
                                 PanelStatuses statuses) {
        return new SaveServerService(staff, catalog, stored, factories, seals, gateways, audit, transactions,
                subscriptions, statuses, clock);
    }

    @Provides
    @Singleton
    RemoveServerUseCase removeServer(AdminDirectory staff, ServerCatalog catalog, ServerRepository stored,
                                     SubscriptionRepository subscriptions, PanelGateways gateways, AuditLog audit,
                                     TransactionRunner transactions) {
        return new RemoveServerService(staff, catalog, stored, subscriptions, gateways, audit, transactions, clock);
    }
}
