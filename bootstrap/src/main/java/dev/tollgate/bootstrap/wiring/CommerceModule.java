package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.AutoRenewSubscriptionsUseCase;
import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.EnforceSubscriptionLimitsUseCase;
import dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.in.SendRemindersUseCase;
import dev.tollgate.application.port.in.ShowOperationalFiguresUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.admin.AccessChangeService;
import dev.tollgate.application.service.admin.GrantAccessService;
import dev.tollgate.application.service.admin.SaveDiscountCodeService;
import dev.tollgate.application.service.admin.ShowSalesStatisticsService;
import dev.tollgate.application.service.catalog.ListPlansService;
import dev.tollgate.application.service.catalog.SavePlanService;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.operations.ShowOperationalFiguresService;
import dev.tollgate.application.service.ordering.CancelOrderService;
import dev.tollgate.application.service.ordering.ExpireOverdueOrdersService;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.ordering.PlaceOrderService;
import dev.tollgate.application.service.payment.ConfirmPaymentService;
import dev.tollgate.application.service.payment.PayFromWalletService;
import dev.tollgate.application.service.payment.RefundOrderService;
import dev.tollgate.application.service.payment.ReviewReceiptService;
import dev.tollgate.application.service.payment.ShowWalletService;
import dev.tollgate.application.service.payment.SubmitReceiptService;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.subscription.AutoRenewSubscriptionsService;
import dev.tollgate.application.service.subscription.ChangeAutoRenewService;
import dev.tollgate.application.service.subscription.EnforceSubscriptionLimitsService;
import dev.tollgate.application.service.subscription.SendRemindersService;
import dev.tollgate.application.service.staff.AuditedUseCases;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.provisioning.RetryPolicy;
import dev.tollgate.domain.referral.ReferralPolicy;
import java.time.Clock;

/** The commerce core's services (orders, payments, wallet, referrals, admin use cases) and their jobs. */
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
    ReferralPolicy referralPolicy() {
        return new ReferralPolicy(settings.commerce().referralCashbackPercent());
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

    @Provides
    @Singleton
    OrderSettlement settlement(OrderRepository orders, SubscriptionRepository subscriptions, ProvisioningQueue queue,
                               WalletLedger ledger, Referrals referrals, ReferralPolicy referralPolicy,
                               ServerCatalog servers, ProcessProvisioningTasksService worker, CustomerNotices notices) {
        return new OrderSettlement(orders, subscriptions, queue, ledger, referrals, referralPolicy, servers, worker, notices);
    }

    @Provides
    @Singleton
    PlaceOrderUseCase placeOrder(PlanRepository plans, SubscriptionRepository subscriptions, OrderRepository orders,
                                 DiscountCodes codes, ServerCatalog servers, ServerGroups groups, TransactionRunner transactions) {
        return new PlaceOrderService(plans, subscriptions, orders, codes, servers, groups, transactions,
                settings.commerce().orderPayWithin(), clock);
    }

    @Provides
    @Singleton
    ConfirmPaymentUseCase confirmPayment(OrderRepository orders, PaymentRepository payments, OrderSettlement settlement,
                                         TransactionRunner transactions, CustomerNotices notices) {
        return new ConfirmPaymentService(orders, payments, settlement, transactions, notices, clock);
    }

    @Provides
    @Singleton
    PayFromWalletUseCase payFromWallet(OrderRepository orders, PaymentRepository payments, WalletLedger ledger,
                                       OrderSettlement settlement, TransactionRunner transactions) {
        return new PayFromWalletService(orders, payments, ledger, settlement, transactions, clock);
    }

    @Provides
    @Singleton
    SubmitReceiptUseCase submitReceipt(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions,
                                       CustomerNotices notices) {
        return new SubmitReceiptService(orders, payments, transactions, notices, clock);
    }

    @Provides
    @Singleton
    CancelOrderUseCase cancelOrder(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions) {
        return new CancelOrderService(orders, payments, transactions);
    }

    @Provides
    @Singleton
    ReviewReceiptUseCase reviewReceipt(AdminDirectory admins, PaymentRepository payments, OrderRepository orders,
                                       OrderSettlement settlement, TransactionRunner transactions, CustomerNotices notices,
                                       AuditedUseCases audited) {
        return audited.reviewReceipt(new ReviewReceiptService(admins, payments, orders, settlement, transactions, notices,
                clock));
    }

    @Provides
    @Singleton
    ListPlansUseCase listPlans(PlanRepository plans) {
        return new ListPlansService(plans);
    }

    @Provides
    @Singleton
    ShowWalletUseCase showWallet(WalletLedger ledger, Referrals referrals) {
        return new ShowWalletService(ledger, referrals);
    }

    @Provides
    @Singleton
    ChangeAutoRenewUseCase changeAutoRenew(SubscriptionRepository subscriptions, TransactionRunner transactions) {
        return new ChangeAutoRenewService(subscriptions, transactions);
    }

    @Provides
    @Singleton
    EnforceSubscriptionLimitsUseCase enforceLimits(SubscriptionRepository subscriptions, ServerCatalog servers,
            PanelGateways gateways, SubscriptionProvisioner provisioner, TransactionRunner transactions, CustomerNotices notices,
            dev.tollgate.application.port.in.SyncUsageUseCase sync, dev.tollgate.application.port.out.UsageRecords usage) {
        return new EnforceSubscriptionLimitsService(subscriptions, servers, gateways, provisioner, transactions, notices, clock,
                sync, usage);
    }

    @Provides
    @Singleton
    SendRemindersUseCase sendReminders(SubscriptionRepository subscriptions, DueReminders due, ReminderLog log,
                                       TransactionRunner transactions, CustomerNotices notices) {
        return new SendRemindersService(subscriptions, due, log, transactions, notices, clock);
    }

    @Provides
    @Singleton
    AutoRenewSubscriptionsUseCase autoRenew(SubscriptionRepository subscriptions, PlanRepository plans, OrderRepository orders,
            PaymentRepository payments, WalletLedger ledger, AutoRenewClaims claims, ReminderLog reminderLog,
            OrderSettlement settlement, TransactionRunner transactions, CustomerNotices notices) {
        return new AutoRenewSubscriptionsService(subscriptions, plans, orders, payments, ledger, claims, reminderLog,
                settlement, transactions, notices, clock);
    }

    @Provides
    @Singleton
    ExpireOverdueOrdersUseCase expireOrders(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions) {
        return new ExpireOverdueOrdersService(orders, payments, transactions, clock);
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
    RefundOrderUseCase refundOrder(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
            WalletLedger ledger, ServerCatalog servers, PanelGateways gateways, SubscriptionProvisioner provisioner,
            TransactionRunner transactions, CustomerNotices notices, PaymentRepository payments,
            dev.tollgate.application.port.out.PaymentCheckouts requests,
            java.util.Set<dev.tollgate.application.port.out.PaymentGateway> providers, AuditedUseCases audited) {
        return audited.refundOrder(new RefundOrderService(admins, orders, subscriptions, ledger, servers, gateways,
                provisioner, transactions, notices, clock, payments, requests, java.util.List.copyOf(providers)));
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
                                             AuditedUseCases audited) {
        return audited.saveDiscountCode(new SaveDiscountCodeService(admins, codes, transactions));
    }

    @Provides
    @Singleton
    ShowSalesStatisticsUseCase statistics(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions) {
        return new ShowSalesStatisticsService(admins, orders, subscriptions);
    }

    @Provides
    @Singleton
    ShowOperationalFiguresUseCase operationalFigures(OrderRepository orders, PaymentRepository payments,
                                                     ProvisioningQueue provisioning) {
        return new ShowOperationalFiguresService(orders, payments, provisioning);
    }

    @ProvidesIntoSet
    LifecycleService planSync(PlanRepository plans, PlanSeeds seeds, TransactionRunner transactions) {
        return new PlanCatalogSync(settings.plans(), plans, seeds, transactions, clock);
    }
}
