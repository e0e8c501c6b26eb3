package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.RetryProvisioningUseCase;
import dev.tollgate.application.port.in.ShowServerStatusUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.provisioning.RetryProvisioningService;
import dev.tollgate.application.service.provisioning.ShowServerStatusService;
import java.time.Clock;

/** What the buttons under admin alerts call (installed with the bot): retry a delayed delivery, a server's status. */
public final class AlertActionsModule extends AbstractModule {

    private final Clock clock;

    public AlertActionsModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    RetryProvisioningUseCase retryProvisioning(AdminDirectory admins, ProvisioningQueue queue,
                                               ProcessProvisioningTasksUseCase worker, AuditLog audit,
                                               TransactionRunner transactions) {
        return new RetryProvisioningService(admins, queue, worker, audit, transactions, clock);
    }

    @Provides
    @Singleton
    ShowServerStatusUseCase serverStatus(AdminDirectory admins, ServerCatalog servers, PanelStatuses statuses) {
        return new ShowServerStatusService(admins, servers, statuses);
    }
}
