package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.catalog.ListPlansService;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.ordering.CancelOrderService;
import dev.tollgate.application.service.ordering.ExpireOverdueOrdersService;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.ordering.PlaceOrderService;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.bootstrap.config.Settings;
import dev.tollgate.domain.referral.ReferralPolicy;
import java.time.Clock;

/** Ordering and the catalogue: placing, cancelling and expiring orders, settling paid ones, the plans on sale and their seeding from the configuration. */
public final class OrderingModule extends AbstractModule {

    private final Settings settings;
    private final Clock clock;

    public OrderingModule(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Provides
    @Singleton
    ReferralPolicy referralPolicy() {
        return new ReferralPolicy(settings.commerce().referralCashbackPercent());
    }

    @Provides
    @Singleton
    OrderSettlement settlement(OrderRepository orders, SubscriptionRepository subscriptions, ProvisioningQueue queue,
                               WalletLedger ledger, Referrals referrals, dev.tollgate.application.port.out.ShopSettings shop,
                               ServerCatalog servers, ProcessProvisioningTasksService worker, CustomerNotices notices) {
        return new OrderSettlement(orders, subscriptions, queue, ledger, referrals, shop, servers, worker, notices);
    }

    @Provides
    @Singleton
    PlaceOrderUseCase placeOrder(PlanRepository plans, SubscriptionRepository subscriptions, OrderRepository orders,
                                 DiscountCodes codes, ServerCatalog servers, ServerGroups groups, TransactionRunner transactions,
                                 dev.tollgate.application.service.customer.ShopBans bans) {
        return bans.placeOrder(new PlaceOrderService(plans, subscriptions, orders, codes, servers, groups, transactions,
                settings.commerce().orderPayWithin(), clock));
    }

    @Provides
    @Singleton
    CancelOrderUseCase cancelOrder(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions) {
        return new CancelOrderService(orders, payments, transactions);
    }

    @Provides
    @Singleton
    ListPlansUseCase listPlans(PlanRepository plans) {
        return new ListPlansService(plans);
    }

    @Provides
    @Singleton
    ExpireOverdueOrdersUseCase expireOrders(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions) {
        return new ExpireOverdueOrdersService(orders, payments, transactions, clock);
    }

    @ProvidesIntoSet
    LifecycleService planSync(PlanRepository plans, PlanSeeds seeds, TransactionRunner transactions) {
        return new PlanCatalogSync(settings.plans(), plans, seeds, transactions, clock);
    }
}
