package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.admin.AccessChangeService;
import dev.tollgate.application.service.admin.GrantAccessService;
import dev.tollgate.application.service.admin.SaveDiscountCodeService;
import dev.tollgate.application.service.admin.ShowSalesStatisticsService;
import dev.tollgate.application.service.catalog.SavePlanService;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.operations.ShowOperationalFiguresService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.staff.AuditedUseCases;
import java.time.Clock;

/** The admin use cases: grants, extensions and revocations, plans, promo codes, statistics and operational figures (audited where they change something). */
public final class AdminModule extends AbstractModule {

    private final Clock clock;

    public AdminModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    GrantAccessUseCase grantAccess(AdminDirectory admins, PlanRepository plans, SubscriptionRepository subscriptions,
            ServerCatalog servers, ServerGroups groups, TransactionRunner transactions, SubscriptionProvisioner provisioner,
            CustomerNotices notices, AuditedUseCases audited) {
        return audited.grantAccess(new GrantAccessService(admins, plans, subscriptions, servers, groups, transactions,
                provisioner, notices, clock));
    }

    @Provides
    @Singleton
    AccessChangeService accessChanges(AdminDirectory admins, SubscriptionRepository subscriptions, ServerCatalog servers,
            PanelGateways gateways, SubscriptionProvisioner provisioner, TransactionRunner transactions, CustomerNotices notices) {
        return new AccessChangeService(admins, subscriptions, servers, gateways, provisioner, transactions, notices, clock);
    }

    @Provides
    @Singleton
    ExtendAccessUseCase extendAccess(AccessChangeService service, AuditedUseCases audited) {
        return audited.extendAccess(service);
    }

    @Provides
    @Singleton
    RevokeAccessUseCase revokeAccess(AccessChangeService service, AuditedUseCases audited) {
        return audited.revokeAccess(service);
    }

    @Provides
    @Singleton
    SavePlanUseCase savePlan(AdminDirectory admins, PlanRepository plans, TransactionRunner transactions,
                             AuditedUseCases audited) {
        return audited.savePlan(new SavePlanService(admins, plans, transactions, clock));
    }

    @Provides
    @Singleton
    SaveDiscountCodeUseCase saveDiscountCode(AdminDirectory admins, DiscountCodes codes, TransactionRunner transactions,
                                             AuditedUseCases audited, PlanRepository plans) {
        return audited.saveDiscountCode(new SaveDiscountCodeService(admins, codes, transactions, plans));
    }

    @Provides
    @Singleton
    ShowSalesStatisticsUseCase statistics(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
                                          dev.tollgate.application.port.out.GrowthFigures growth) {
        return new ShowSalesStatisticsService(admins, orders, subscriptions, growth, clock);
    }

    @Provides
    @Singleton
    ShowOperationalFiguresUseCase operationalFigures(OrderRepository orders, PaymentRepository payments,
                                                     ProvisioningQueue provisioning) {
        return new ShowOperationalFiguresService(orders, payments, provisioning);
    }
}
