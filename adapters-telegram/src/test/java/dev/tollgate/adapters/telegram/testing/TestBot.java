package dev.tollgate.adapters.telegram.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.tollgate.adapters.telegram.TelegramModule;
import dev.tollgate.adapters.telegram.TelegramSettings;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ShowReferralsUseCase;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.ListOrdersUseCase;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.in.ListDiscountCodesUseCase;
import dev.tollgate.application.port.in.MessageCustomerUseCase;
import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.in.ShowTicketUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.in.ShowOrderUseCase;
import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.LifecycleService;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.UpdateInbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/** The real TelegramModule under the strict binder, over a {@link TestShop}, talking to a fake Bot API. */
public final class TestBot {

    private TestBot() {
    }

    public static Injector injector(TestShop shop, TelegramSettings settings) {
        return injector(shop, settings, dev.tollgate.adapters.telegram.StorefrontSettings.NONE);
    }

    /** With the shop's storefront settings (support, FAQ, the channel and terms gates). */
    public static Injector injector(TestShop shop, TelegramSettings settings,
                                    dev.tollgate.adapters.telegram.StorefrontSettings storefront) {
        return Guice.createInjector(Stage.PRODUCTION, new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                bind(RegisterContactUseCase.class).toInstance(shop.contacts);
                bind(ClaimTrialUseCase.class).toInstance(shop.trials);
                bind(dev.tollgate.application.port.in.ClaimSubscriptionUseCase.class).toInstance(shop.claims);
                bind(dev.tollgate.application.port.in.ListUnclaimedUseCase.class).toInstance(shop.listUnclaimed);
                bind(AdminDirectory.class).toInstance(shop.admins);
                bind(ListPlansUseCase.class).toInstance(shop.listPlans);
                bind(PlaceOrderUseCase.class).toInstance(shop.placeOrder);
                bind(PayFromWalletUseCase.class).toInstance(shop.payFromWallet);
                bind(ConfirmPaymentUseCase.class).toInstance(shop.confirmPayment);
                bind(ShowWalletUseCase.class).toInstance(shop.showWallet);
                bind(SubmitReceiptUseCase.class).toInstance(shop.submitReceipt);
                bind(ReviewReceiptUseCase.class).toInstance(shop.reviewReceipt);
                bind(ChangeAutoRenewUseCase.class).toInstance(shop.autoRenew);
                bind(ShowSalesStatisticsUseCase.class).toInstance(shop.statistics);
                bind(ListSubscriptionsUseCase.class).toInstance(shop.listSubscriptions);
                bind(SubscriptionFeedUseCase.class).toInstance(shop.feeds);
                bind(ChangeCustomerSettingsUseCase.class).toInstance(shop.customerSettings);
                bind(QuoteOrderUseCase.class).toInstance(shop.quotes);
                bind(ListRenewalsUseCase.class).toInstance(shop.renewals);
                bind(CancelOrderUseCase.class).toInstance(shop.cancelOrder);
                bind(ShowReferralsUseCase.class).toInstance(shop.showReferrals);
                bind(ListLocationsUseCase.class).toInstance(shop.locations);
                bind(dev.tollgate.application.port.in.MoveSubscriptionUseCase.class).toInstance(shop.moves);
                bind(dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase.class).toInstance(shop.staffMoves);
                bind(ListOrdersUseCase.class).toInstance(shop.listOrders);
                bind(OpenBackOfficeUseCase.class).toInstance(shop.openOffice);
                bind(ListStaffUseCase.class).toInstance(shop.listStaff);
                bind(ManageStaffUseCase.class).toInstance(shop.manageStaff);
                bind(BrowseAuditLogUseCase.class).toInstance(shop.browseAudit);
                bind(FindCustomerUseCase.class).toInstance(shop.findCustomer);
                bind(ShowCustomerCardUseCase.class).toInstance(shop.customerCard);
                bind(AdjustWalletUseCase.class).toInstance(shop.adjustWallet);
                bind(GrantAccessUseCase.class).toInstance(shop.grantAccess);
                bind(ExtendAccessUseCase.class).toInstance(shop.extendAccess);
                bind(RevokeAccessUseCase.class).toInstance(shop.revokeAccess);
                bind(ListPendingReceiptsUseCase.class).toInstance(shop.pendingReceipts);
                bind(ShowOrderUseCase.class).toInstance(shop.showOrder);
                bind(RefundOrderUseCase.class).toInstance(shop.refundOrder);
                bind(ListAllPlansUseCase.class).toInstance(shop.allPlans);
                bind(SavePlanUseCase.class).toInstance(shop.savePlan);
                bind(ListDiscountCodesUseCase.class).toInstance(shop.listCodes);
                bind(SaveDiscountCodeUseCase.class).toInstance(shop.saveCode);
                bind(MessageCustomerUseCase.class).toInstance(shop.messageCustomer);
                bind(ContactSupportUseCase.class).toInstance(shop.contactSupport);
                bind(ListTicketsUseCase.class).toInstance(shop.listTickets);
                bind(ShowTicketUseCase.class).toInstance(shop.showTicket);
                bind(AnswerTicketUseCase.class).toInstance(shop.answerTicket);
                bind(dev.tollgate.application.port.in.ShowSubscriptionUseCase.class).toInstance(shop.showSubscription);
                bind(dev.tollgate.application.port.in.SuspendAccessUseCase.class).toInstance(shop.suspendAccess);
                bind(dev.tollgate.application.port.in.ResetTrafficUseCase.class).toInstance(shop.resetTraffic);
                bind(dev.tollgate.application.port.in.BanCustomerUseCase.class).toInstance(shop.banCustomer);
                bind(dev.tollgate.application.port.in.ShowDiscountCodeUseCase.class).toInstance(shop.showCode);
                bind(dev.tollgate.application.port.in.OpenCheckoutUseCase.class).toInstance(shop.openCheckout);
                bind(dev.tollgate.application.port.in.CheckCheckoutUseCase.class).toInstance(shop.checkCheckout);
                bind(dev.tollgate.application.port.in.ListServersUseCase.class).toInstance(shop.listServers);
                bind(dev.tollgate.application.port.in.ProbeServerUseCase.class).toInstance(shop.probeServer);
                bind(dev.tollgate.application.port.in.SaveServerUseCase.class).toInstance(shop.saveServer);
                bind(dev.tollgate.application.port.in.RemoveServerUseCase.class).toInstance(shop.removeServer);
                bind(dev.tollgate.application.port.in.ShowShopSettingsUseCase.class).toInstance(shop.showShopSettings);
                bind(dev.tollgate.application.port.in.ChangeShopSettingUseCase.class).toInstance(shop.changeShopSetting);
                bind(dev.tollgate.application.port.out.ShopSettings.class).toInstance(shop.shopSettings);
                bind(dev.tollgate.application.port.in.ResetLinkUseCase.class).toInstance(shop.resetLink);
                bind(dev.tollgate.application.port.in.AcceptTermsUseCase.class).toInstance(shop.acceptTerms);
                bind(UpdateInbox.class).toInstance(shop.inbox);
                bind(Conversations.class).toInstance(shop.conversations);
                bind(Clock.class).toInstance(shop.clock);
                bind(MeterRegistry.class).toInstance(new SimpleMeterRegistry());
                bind(dev.tollgate.application.port.in.ListBroadcastsUseCase.class).toInstance(shop.listBroadcasts);
                bind(dev.tollgate.application.port.in.StartBroadcastUseCase.class).toInstance(shop.startBroadcast);
                bind(dev.tollgate.application.port.in.CancelBroadcastUseCase.class).toInstance(shop.cancelBroadcast);
                bind(dev.tollgate.application.port.in.RetryProvisioningUseCase.class).toInstance(shop.retryProvisioning);
                bind(dev.tollgate.application.port.in.ShowServerStatusUseCase.class).toInstance(shop.serverStatus);
            }

            @com.google.inject.Provides
            @com.google.inject.Singleton
            dev.tollgate.application.port.in.PreviewBroadcastUseCase previewBroadcast(
                    dev.tollgate.application.port.out.BroadcastSender sender) {
                return new dev.tollgate.application.service.broadcast.PreviewBroadcastService(shop.admins,
                        shop.broadcastAudience, sender);
            }
        }, new TelegramModule(settings, storefront));
    }

    public static TelegramSettings settings(FakeTelegramBotApi telegram, String token) {
        return TelegramSettings.polling(new Secret(token), telegram.baseUrl(), ZoneId.of("UTC"))
                .withRuntime(8, Duration.ofSeconds(2), 1000, 25, Duration.ofSeconds(2));
    }

    /** Starts the bot in long-polling mode; stop the returned service after the test. */
    public static LifecycleService start(TestShop shop, FakeTelegramBotApi telegram, String token) {
        LifecycleService bot = injector(shop, settings(telegram, token))
                .getInstance(Key.get(new TypeLiteral<Set<LifecycleService>>() { })).iterator().next();
        bot.start();
        return bot;
    }
}
