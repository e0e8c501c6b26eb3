package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.AutoRenewSubscriptionsUseCase;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.EnforceSubscriptionLimitsUseCase;
import dev.tollgate.application.port.in.SendRemindersUseCase;
import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.DueReminders;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.subscription.AutoRenewSubscriptionsService;
import dev.tollgate.application.service.subscription.ChangeAutoRenewService;
import dev.tollgate.application.service.subscription.EnforceSubscriptionLimitsService;
import dev.tollgate.application.service.subscription.SendRemindersService;
import java.time.Clock;

/** Subscriptions over their life: auto-renewal, limits, reminders. */
public final class SubscriptionsModule extends AbstractModule {

    private final Clock clock;

    public SubscriptionsModule(Clock clock) {
        this.clock = clock;
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
                                       TransactionRunner transactions, CustomerNotices notices,
                                       dev.tollgate.application.port.out.ShopSettings shop) {
        return new SendRemindersService(subscriptions, due, log, transactions, notices, clock, shop);
    }

    @Provides
    @Singleton
    AutoRenewSubscriptionsUseCase autoRenew(SubscriptionRepository subscriptions, PlanRepository plans, OrderRepository orders,
            PaymentRepository payments, WalletLedger ledger, AutoRenewClaims claims, ReminderLog reminderLog,
            OrderSettlement settlement, TransactionRunner transactions, CustomerNotices notices) {
        return new AutoRenewSubscriptionsService(subscriptions, plans, orders, payments, ledger, claims, reminderLog,
                settlement, transactions, notices, clock);
    }
}
