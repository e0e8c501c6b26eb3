package dev.tollgate.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.ListOrdersUseCase;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.service.ordering.ListOrdersService;
import dev.tollgate.application.service.catalog.ListLocationsService;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.in.ShowReferralsUseCase;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.referral.ShowReferralsService;
import dev.tollgate.application.port.out.DiscountCodes;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.service.ordering.ListRenewalsService;
import dev.tollgate.application.service.ordering.QuoteOrderService;
import java.time.Clock;

/**
 * The storefront's use cases: prices shown before paying, what each subscription can be renewed or upgraded to, the
 * locations a plan is sold on, the referral programme's figures, resetting a subscription's link.
 */
public final class StoreModule extends AbstractModule {

    private final Clock clock;

    public StoreModule(Clock clock) {
        this.clock = clock;
    }

    @Provides
    @Singleton
    QuoteOrderUseCase quoteOrder(PlanRepository plans, SubscriptionRepository subscriptions, DiscountCodes codes,
                                 ServerCatalog servers, ServerGroups groups,
                                 dev.tollgate.application.service.customer.ShopBans bans) {
        return bans.quoteOrder(new QuoteOrderService(plans, subscriptions, codes, servers, groups, clock));
    }

    @Provides
    @Singleton
    ShowReferralsUseCase showReferrals(Referrals referrals, WalletLedger ledger,
                                       dev.tollgate.application.port.out.ShopSettings shop) {
        return new ShowReferralsService(referrals, ledger, shop);
    }

    @Provides
    @Singleton
    ListLocationsUseCase listLocations(PlanRepository plans, ServerCatalog servers, ServerGroups groups,
                                       SubscriptionRepository subscriptions) {
        return new ListLocationsService(plans, servers, groups, subscriptions);
    }

    @Provides
    @Singleton
    ListOrdersUseCase listOrders(OrderRepository orders, PaymentRepository payments) {
        return new ListOrdersService(orders, payments);
    }

    @Provides
    @Singleton
    dev.tollgate.application.port.in.ResetLinkUseCase resetLink(SubscriptionRepository subscriptions,
            dev.tollgate.application.port.out.FeedTokenVersions versions, ServerCatalog servers,
            dev.tollgate.application.port.out.PanelGateways gateways,
            dev.tollgate.application.service.provisioning.SubscriptionProvisioner provisioner,
            dev.tollgate.application.port.out.TransactionRunner transactions) {
        return new dev.tollgate.application.service.subscription.ResetLinkService(subscriptions, versions, servers,
                gateways, provisioner, transactions, clock);
    }

    @Provides
    @Singleton
    dev.tollgate.application.port.in.AcceptTermsUseCase acceptTerms(
            dev.tollgate.application.port.out.TermsAcceptances acceptances,
            dev.tollgate.application.port.out.TransactionRunner transactions) {
        return new dev.tollgate.application.service.customer.AcceptTermsService(acceptances, transactions, clock);
    }

    @Provides
    @Singleton
    ListRenewalsUseCase listRenewals(SubscriptionRepository subscriptions, PlanRepository plans, ServerGroups groups) {
        return new ListRenewalsService(subscriptions, plans, groups);
    }
}
