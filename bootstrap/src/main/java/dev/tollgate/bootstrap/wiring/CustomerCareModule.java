package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.BanCustomerUseCase;
import dev.tollgate.application.port.in.ResetTrafficUseCase;
import dev.tollgate.application.port.in.ShowSubscriptionUseCase;
import dev.tollgate.application.port.in.SuspendAccessUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.application.service.admin.AccessControlService;
import dev.tollgate.application.service.customer.ShopBans;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.staff.BanCustomerService;
import dev.tollgate.application.service.staff.ShowSubscriptionService;
import java.time.Clock;

/**
 * The back office's customer care: banning a customer from the shop (and the check that keeps a banned one from
 * buying or taking a trial), suspending and resuming a subscription, resetting its traffic, and the orders a promo
 * code was used on.
 */
public final class CustomerCareModule extends AbstractModule {

    private final Clock clock;

    public CustomerCareModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    ShopBans shopBans(CustomerRepository customers) {
        return new ShopBans(customers);
    }

    @Provides
    @Singleton
    BanCustomerUseCase banCustomer(AdminDirectory directory, CustomerRepository customers, AuditLog audit,
                                   TransactionRunner transactions) {
        return new BanCustomerService(directory, customers, audit, transactions, clock);
    }

    @Provides
    @Singleton
    dev.tollgate.application.port.in.ShowDiscountCodeUseCase showDiscountCode(AdminDirectory directory,
            dev.tollgate.application.port.out.DiscountCodes codes, dev.tollgate.application.port.out.PromoCodeUses uses) {
        return new dev.tollgate.application.service.staff.ShowDiscountCodeService(directory, codes, uses);
    }

    @Provides
    @Singleton
    ShowSubscriptionUseCase showSubscription(AdminDirectory directory, SubscriptionRepository subscriptions) {
        return new ShowSubscriptionService(directory, subscriptions);
    }

    @Provides
    @Singleton
    AccessControlService accessControl(AdminDirectory admins, SubscriptionRepository subscriptions, ServerCatalog servers,
            PanelGateways gateways, SubscriptionProvisioner provisioner, UsageRecords usage, AuditLog audit,
            TransactionRunner transactions, dev.tollgate.application.service.common.CustomerNotices notices) {
        return new AccessControlService(admins, subscriptions, servers, gateways, provisioner, usage, audit, transactions,
                notices, clock);
    }

    @Provides
    @Singleton
    SuspendAccessUseCase suspendAccess(AccessControlService service) {
        return service;
    }

    @Provides
    @Singleton
    ResetTrafficUseCase resetTraffic(AccessControlService service) {
        return service;
    }
}
