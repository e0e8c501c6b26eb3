package dev.tollgate.adapters.telegram;

import com.google.inject.Inject;
import dev.tollgate.adapters.telegram.admin.AuditScreen;
import dev.tollgate.adapters.telegram.admin.AlertActionsScreen;
import dev.tollgate.adapters.telegram.admin.BroadcastsScreen;
import dev.tollgate.adapters.telegram.admin.OfficeScreen;
import dev.tollgate.adapters.telegram.admin.ReceiptReviewScreen;
import dev.tollgate.adapters.telegram.admin.OrdersScreen;
import dev.tollgate.adapters.telegram.admin.PlansAdminScreen;
import dev.tollgate.adapters.telegram.admin.NewPlanWizard;
import dev.tollgate.adapters.telegram.admin.PromosScreen;
import dev.tollgate.adapters.telegram.admin.ReceiptsScreen;
import dev.tollgate.adapters.telegram.admin.ServerUseCases;
import dev.tollgate.adapters.telegram.admin.SettingsScreen;
import dev.tollgate.application.port.in.ChangeShopSettingUseCase;
import dev.tollgate.application.port.in.ShowShopSettingsUseCase;
import dev.tollgate.application.port.out.ShopSettings;
import dev.tollgate.application.port.out.ShopTerms;
import dev.tollgate.domain.customer.Language;
import java.util.EnumMap;
import java.util.Map;
import dev.tollgate.adapters.telegram.admin.ServerWizard;
import dev.tollgate.adapters.telegram.admin.ServersScreen;
import dev.tollgate.adapters.telegram.admin.StaffScreen;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.RemoveServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.adapters.telegram.admin.TicketsScreen;
import dev.tollgate.adapters.telegram.admin.SubscriptionCareScreen;
import dev.tollgate.adapters.telegram.admin.UsersScreen;
import dev.tollgate.adapters.telegram.admin.StatsScreen;
import dev.tollgate.adapters.telegram.payments.ProviderCheckoutScreen;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Router;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.user.AutoRenewScreen;
import dev.tollgate.adapters.telegram.user.CardCheckoutScreen;
import dev.tollgate.adapters.telegram.user.CardTransfer;
import dev.tollgate.adapters.telegram.user.LocationsScreen;
import dev.tollgate.adapters.telegram.admin.StaffLocationsScreen;
import dev.tollgate.adapters.telegram.user.CheckoutScreen;
import dev.tollgate.adapters.telegram.user.TrafficPackScreen;
import dev.tollgate.adapters.telegram.user.ResetLinkScreen;
import dev.tollgate.adapters.telegram.user.ChannelGateScreen;
import dev.tollgate.adapters.telegram.user.ChannelMembership;
import dev.tollgate.adapters.telegram.user.TermsGateScreen;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.user.HeldPlans;
import dev.tollgate.adapters.telegram.user.HelpScreen;
import dev.tollgate.adapters.telegram.user.LanguageScreen;
import dev.tollgate.adapters.telegram.user.MainMenuScreen;
import dev.tollgate.adapters.telegram.user.PaymentsScreen;
import dev.tollgate.adapters.telegram.user.PlanScreen;
import dev.tollgate.adapters.telegram.user.PlansScreen;
import dev.tollgate.adapters.telegram.user.StarsCheckoutScreen;
import dev.tollgate.adapters.telegram.user.SupportScreen;
import dev.tollgate.adapters.telegram.user.SubscriptionsScreen;
import dev.tollgate.adapters.telegram.user.TopUpScreen;
import dev.tollgate.adapters.telegram.user.TrialScreen;
import dev.tollgate.adapters.telegram.user.WalletCheckoutScreen;
import dev.tollgate.adapters.telegram.user.WalletScreen;
import dev.tollgate.adapters.telegram.user.WalletHistoryScreen;
import dev.tollgate.adapters.telegram.user.MyOrdersScreen;
import dev.tollgate.adapters.telegram.user.ReferralsScreen;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.in.BanCustomerUseCase;
import dev.tollgate.application.port.in.ResetTrafficUseCase;
import dev.tollgate.application.port.in.ShowDiscountCodeUseCase;
import dev.tollgate.application.port.in.ShowSubscriptionUseCase;
import dev.tollgate.application.port.in.SuspendAccessUseCase;
import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.ShowOrderUseCase;
import dev.tollgate.application.port.in.ShowTicketUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.CheckCheckoutUseCase;
import dev.tollgate.application.port.in.ClaimSubscriptionUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.ListOrdersUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.in.ListDiscountCodesUseCase;
import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.in.MessageCustomerUseCase;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.ShowReferralsUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.port.out.AdminAlerts;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every screen of the bot, built once; a new screen is one line here, its class and its message keys. */
final class Screens {

    /** The use cases the screens drive. */
    static final class UseCases {
        final ClaimTrialUseCase trials;
        final ListSubscriptionsUseCase subscriptions;
        final SubscriptionFeedUseCase feeds;
        final ListPlansUseCase plans;
        final PlaceOrderUseCase orders;
        final PayFromWalletUseCase walletPayments;
        final ConfirmPaymentUseCase payments;
        final ShowWalletUseCase wallets;
        final SubmitReceiptUseCase receipts;
        final ReviewReceiptUseCase reviews;
        final ShowSalesStatisticsUseCase statistics;
        final ChangeAutoRenewUseCase autoRenew;
        final ChangeCustomerSettingsUseCase customers;
        final QuoteOrderUseCase quotes;
        final ListRenewalsUseCase renewals;
        final CancelOrderUseCase cancels;
        final ShowReferralsUseCase referrals;
        final ListLocationsUseCase locations;
        final ListOrdersUseCase orderList;
        final Office office;
        final OpenCheckoutUseCase checkouts;
        final CheckCheckoutUseCase checks;
        final MoveSubscriptionUseCase moves;
        final StaffMoveSubscriptionUseCase staffMoves;
        final ClaimSubscriptionUseCase claims;
        final dev.tollgate.application.port.in.ListUnclaimedUseCase unclaimed;
        final dev.tollgate.application.port.in.ResetLinkUseCase resets;
        final dev.tollgate.application.port.in.AcceptTermsUseCase terms;

        @Inject
        UseCases(ClaimTrialUseCase trials, ListSubscriptionsUseCase subscriptions, SubscriptionFeedUseCase feeds,
                 ListPlansUseCase plans, PlaceOrderUseCase orders, PayFromWalletUseCase walletPayments,
                 ConfirmPaymentUseCase payments, ShowWalletUseCase wallets, SubmitReceiptUseCase receipts,
                 ReviewReceiptUseCase reviews, ShowSalesStatisticsUseCase statistics, ChangeAutoRenewUseCase autoRenew,
                 ChangeCustomerSettingsUseCase customers, Office office, OpenCheckoutUseCase checkouts,
                 CheckCheckoutUseCase checks, QuoteOrderUseCase quotes, ListRenewalsUseCase renewals,
                 CancelOrderUseCase cancels, ShowReferralsUseCase referrals, ListLocationsUseCase locations,
                 ListOrdersUseCase orderList, dev.tollgate.application.port.in.ResetLinkUseCase resets,
                 dev.tollgate.application.port.in.AcceptTermsUseCase terms, MoveSubscriptionUseCase moves,
                 StaffMoveSubscriptionUseCase staffMoves, ClaimSubscriptionUseCase claims,
                 dev.tollgate.application.port.in.ListUnclaimedUseCase unclaimed) {
            this.resets = resets;
            this.terms = terms;
            this.moves = moves;
            this.staffMoves = staffMoves;
            this.claims = claims;
            this.unclaimed = unclaimed;
            this.checkouts = checkouts;
            this.checks = checks;
            this.trials = trials;
            this.subscriptions = subscriptions;
            this.feeds = feeds;
            this.plans = plans;
            this.orders = orders;
            this.walletPayments = walletPayments;
            this.payments = payments;
            this.wallets = wallets;
            this.receipts = receipts;
            this.reviews = reviews;
            this.statistics = statistics;
            this.autoRenew = autoRenew;
            this.customers = customers;
            this.quotes = quotes;
            this.renewals = renewals;
            this.cancels = cancels;
            this.referrals = referrals;
            this.locations = locations;
            this.orderList = orderList;
            this.office = office;
        }
    }

    /** The use cases of the back office's screens. */
    static final class Office {
        final OpenBackOfficeUseCase open;
        final ListStaffUseCase listStaff;
        final ManageStaffUseCase manageStaff;
        final BrowseAuditLogUseCase audit;
        final FindCustomerUseCase findCustomer;
        final ShowCustomerCardUseCase customerCard;
        final AdjustWalletUseCase adjustWallet;
        final GrantAccessUseCase grant;
        final ExtendAccessUseCase extend;
        final RevokeAccessUseCase revoke;
        final ListPendingReceiptsUseCase receipts;
        final ShowOrderUseCase order;
        final RefundOrderUseCase refund;
        final ListAllPlansUseCase allPlans;
        final SavePlanUseCase savePlan;
        final ListDiscountCodesUseCase codes;
        final SaveDiscountCodeUseCase saveCode;
        final MessageCustomerUseCase message;
        final ContactSupportUseCase support;
        final ListTicketsUseCase tickets;
        final ShowTicketUseCase ticket;
        final AnswerTicketUseCase answer;
        final Care care;

        @Inject
        Office(OpenBackOfficeUseCase open, ListStaffUseCase listStaff, ManageStaffUseCase manageStaff,
               BrowseAuditLogUseCase audit, FindCustomerUseCase findCustomer, ShowCustomerCardUseCase customerCard,
               AdjustWalletUseCase adjustWallet, GrantAccessUseCase grant, ExtendAccessUseCase extend,
               RevokeAccessUseCase revoke, ListPendingReceiptsUseCase receipts, ShowOrderUseCase order,
               RefundOrderUseCase refund, ListAllPlansUseCase allPlans, SavePlanUseCase savePlan,
               ListDiscountCodesUseCase codes, SaveDiscountCodeUseCase saveCode, MessageCustomerUseCase message,
               ContactSupportUseCase support, ListTicketsUseCase tickets, ShowTicketUseCase ticket,
               AnswerTicketUseCase answer, Care care) {
            this.care = care;
            this.open = open;
            this.listStaff = listStaff;
            this.manageStaff = manageStaff;
            this.audit = audit;
            this.findCustomer = findCustomer;
            this.customerCard = customerCard;
            this.adjustWallet = adjustWallet;
            this.grant = grant;
            this.extend = extend;
            this.revoke = revoke;
            this.receipts = receipts;
            this.order = order;
            this.refund = refund;
            this.allPlans = allPlans;
            this.savePlan = savePlan;
            this.codes = codes;
            this.saveCode = saveCode;
            this.message = message;
            this.support = support;
            this.tickets = tickets;
            this.ticket = ticket;
            this.answer = answer;
        }
    }

    /** The back office's customer care: a subscription's panel, suspensions, traffic resets, bans, a promo code's uses. */
    static final class Care {
        final ShowSubscriptionUseCase subscription;
        final SuspendAccessUseCase suspend;
        final ResetTrafficUseCase reset;
        final BanCustomerUseCase ban;
        final ShowDiscountCodeUseCase code;

        @Inject
        Care(ShowSubscriptionUseCase subscription, SuspendAccessUseCase suspend, ResetTrafficUseCase reset,
             BanCustomerUseCase ban, ShowDiscountCodeUseCase code) {
            this.code = code;
            this.subscription = subscription;
            this.suspend = suspend;
            this.reset = reset;
            this.ban = ban;
        }
    }

    /** The use cases of the servers' screens. */
    static final class ServerOffice {
        final ServerUseCases useCases;

        @Inject
        ServerOffice(ListServersUseCase list, ProbeServerUseCase probe, SaveServerUseCase save, RemoveServerUseCase remove) {
            this.useCases = new ServerUseCases(list, probe, save, remove);
        }
    }

    /** The shop settings: the admins' screen, and the terms in effect that Help and the card checkout show. */
    static final class SettingsOffice {
        final ShowShopSettingsUseCase show;
        final ChangeShopSettingUseCase change;
        final ShopSettings terms;

        @Inject
        SettingsOffice(ShowShopSettingsUseCase show, ChangeShopSettingUseCase change, ShopSettings terms) {
            this.show = show;
            this.change = change;
            this.terms = terms;
        }

        /** The configured support, FAQ and guides with the support and FAQ in effect now. */
        StorefrontSettings storefront(StorefrontSettings configured) {
            ShopTerms now = terms.current();
            Map<Language, String> faq = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                now.faq(language).ifPresent(text -> faq.put(language, text));
            }
            return new StorefrontSettings(now.support(), faq, configured.guides(), configured.requiredChannel(),
                    configured.termsUrl(), configured.terms());
        }

        /**
         * The card in effect at each use: the shop's settings over the configured card ({@code number} empty when
         * the configuration has none), so a card number set in the bot switches card payments on, its reset off.
         */
        CardTransfer.Source card(String number, String holder, String currency) {
            return () -> CardTransfer.inEffect(terms.current(), number, holder, currency);
        }
    }

    private final Router router;

    Screens(Ui ui, UseCases u, Supplier<String> botUsername, AdminAlerts alerts, CardTransfer.Source card,
            StorefrontSettings storefront, ChannelMembership membership, BroadcastsScreen.UseCases broadcasts,
            AlertActionsScreen alertActions, ServerOffice serverOffice, SettingsOffice settings,
            java.util.function.BiConsumer<dev.tollgate.domain.customer.TelegramUserId,
                    Optional<dev.tollgate.domain.staff.StaffRole>> staffMenus) {
        ServersScreen servers = new ServersScreen(ui, serverOffice.useCases);
        PlansAdminScreen plansAdmin = new PlansAdminScreen(ui, u.office.allPlans, u.office.savePlan);
        Screen menu = new MainMenuScreen(ui);
        TermsGateScreen termsGate = new TermsGateScreen(menu, ui, u.terms, storefront);
        Screen trial = storefront.requiredChannel().isEmpty() ? new TrialScreen(ui, u.trials)
                : new ChannelGateScreen(new TrialScreen(ui, u.trials), ui, membership, storefront.requiredChannel(),
                        storefront.channelLink());
        PaymentsScreen payments = new PaymentsScreen(ui, u.payments, alerts, u.checks);
        CheckoutScreen checkout = new CheckoutScreen(ui, u.plans, u.quotes, u.renewals, u.wallets, u.cancels, u.locations,
                dev.tollgate.adapters.telegram.user.CheckoutMethod.builtIn(card));
        List<Screen> screens = List.of(menu, payments,
                new HelpScreen(ui, () -> settings.storefront(storefront)),
                new LanguageScreen(ui, u.customers, termsGate),
                trial, termsGate,
                new PlansScreen(ui, u.plans),
                new PlanScreen(ui, u.plans, u.wallets, card, u.checkouts, new HeldPlans(u.renewals, u.subscriptions)),
                checkout,
                new TrafficPackScreen(ui, u.renewals, checkout),
                new ResetLinkScreen(ui, u.resets, u.feeds),
                new StarsCheckoutScreen(ui, u.plans, u.orders),
                new WalletCheckoutScreen(ui, u.plans, u.orders, u.walletPayments),
                new CardCheckoutScreen(ui, u.plans, u.orders, u.receipts, card),
                new WalletScreen(ui, u.wallets, botUsername, u.checkouts),
                new ProviderCheckoutScreen(ui, u.plans, u.orders, u.checkouts),
                new WalletHistoryScreen(ui, u.wallets),
                new MyOrdersScreen(ui, u.orderList, card),
                new ReferralsScreen(ui, u.referrals, botUsername),
                new TopUpScreen(ui, u.orders),
                new SubscriptionsScreen(ui, u.subscriptions, u.feeds, u.renewals, u.moves),
                new LocationsScreen(ui, u.moves, u.subscriptions),
                new StaffLocationsScreen(ui, u.staffMoves),
                new AutoRenewScreen(ui, u.autoRenew),
                new ReceiptReviewScreen(ui, u.reviews, u.office.receipts),
                new ReceiptsScreen(ui, u.office.receipts),
                new OrdersScreen(ui, u.office.order, u.office.refund),
                plansAdmin, new NewPlanWizard(ui, u.office.allPlans, u.office.savePlan, serverOffice.useCases.list(), plansAdmin),
                new PromosScreen(ui, u.office.codes, u.office.saveCode, u.office.care.code),
                new TicketsScreen(ui, u.office.tickets, u.office.ticket, u.office.answer),
                new SupportScreen(ui, u.office.support),
                new dev.tollgate.adapters.telegram.user.ClaimScreen(ui, u.claims),
                new dev.tollgate.adapters.telegram.admin.UnclaimedScreen(ui, u.unclaimed),
                new StatsScreen(ui, u.statistics),
                new BroadcastsScreen(ui, broadcasts),
                alertActions,
                new OfficeScreen(ui, u.office.open),
                new StaffScreen(ui, u.office.listStaff, command -> {
                    // A role given or taken in the bot changes that member's command menu at once, not at the next start.
                    dev.tollgate.application.port.in.ManageStaffUseCase.Result result = u.office.manageStaff.change(command);
                    if (result instanceof dev.tollgate.application.port.in.ManageStaffUseCase.Changed changed) {
                        staffMenus.accept(command.user(), changed.after());
                    }
                    return result;
                }),
                new AuditScreen(ui, u.office.audit),
                servers, new ServerWizard(ui, serverOffice.useCases, servers),
                new SettingsScreen(ui, settings.show, settings.change, u.plans,
                        () -> card.now().map(CardTransfer::currency)),
                new UsersScreen(ui, new UsersScreen.UseCases(u.office.findCustomer, u.office.customerCard, u.plans,
                        u.office.grant, u.office.revoke, u.office.adjustWallet, u.office.message, u.office.care.ban)),
                new SubscriptionCareScreen(ui, new SubscriptionCareScreen.UseCases(u.office.care.subscription,
                        u.office.extend, u.office.care.suspend, u.office.care.reset)));
        this.router = new Router(screens, menu, payments, session -> Reply.alert(ui.t(session.language(), "button.invalid")));
    }

    Router router() {
        return router;
    }
}
