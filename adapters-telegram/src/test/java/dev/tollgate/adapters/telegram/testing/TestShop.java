package dev.tollgate.adapters.telegram.testing;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryCustomerSearch;
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.in.ListDiscountCodesUseCase;
import dev.tollgate.application.port.in.MessageCustomerUseCase;
import dev.tollgate.application.fakes.InMemoryTickets;
import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.in.ShowTicketUseCase;
import dev.tollgate.application.service.staff.AnswerTicketService;
import dev.tollgate.application.service.staff.ContactSupportService;
import dev.tollgate.application.service.staff.ListTicketsService;
import dev.tollgate.application.service.staff.ShowTicketService;
import dev.tollgate.application.service.staff.MessageCustomerService;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.application.service.admin.SaveDiscountCodeService;
import dev.tollgate.application.service.staff.ListDiscountCodesService;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.application.service.catalog.SavePlanService;
import dev.tollgate.application.service.staff.ListAllPlansService;
import dev.tollgate.application.port.in.ShowOrderUseCase;
import dev.tollgate.application.service.payment.RefundOrderService;
import dev.tollgate.application.service.staff.ShowOrderService;
import dev.tollgate.application.port.in.ListPendingReceiptsUseCase;
import dev.tollgate.application.service.staff.ListPendingReceiptsService;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.application.service.admin.AccessChangeService;
import dev.tollgate.application.service.admin.GrantAccessService;
import dev.tollgate.application.service.staff.AdjustWalletService;
import dev.tollgate.application.service.staff.FindCustomerService;
import dev.tollgate.application.service.staff.ShowCustomerCardService;
import dev.tollgate.application.fakes.InMemoryStaffRepository;
import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.application.service.staff.AuditedUseCases;
import dev.tollgate.application.service.staff.BrowseAuditLogService;
import dev.tollgate.application.service.staff.ListStaffService;
import dev.tollgate.application.service.staff.ManageStaffService;
import dev.tollgate.application.service.staff.OpenBackOfficeService;
import dev.tollgate.application.service.staff.StaffDirectory;
import dev.tollgate.application.fakes.FixedFeedTokens;
import dev.tollgate.application.fakes.FixedServerGroups;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryConversations;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryDiscountCodes;
import dev.tollgate.application.fakes.InMemoryOrderRepository;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPaymentRepository;
import dev.tollgate.application.fakes.InMemoryPlanRepository;
import dev.tollgate.application.fakes.InMemoryProvisioningQueue;
import dev.tollgate.application.fakes.InMemoryReferrals;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryTrialClaims;
import dev.tollgate.application.fakes.InMemoryUpdateInbox;
import dev.tollgate.application.fakes.InMemoryWalletLedger;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.fakes.RecordingCustomerNotifier;
import dev.tollgate.application.port.in.ChangeAutoRenewUseCase;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.CancelOrderUseCase;
import dev.tollgate.application.port.in.ShowReferralsUseCase;
import dev.tollgate.application.port.in.ListLocationsUseCase;
import dev.tollgate.application.port.in.ListOrdersUseCase;
import dev.tollgate.application.service.ordering.ListOrdersService;
import dev.tollgate.application.service.catalog.ListLocationsService;
import dev.tollgate.application.service.referral.ShowReferralsService;
import dev.tollgate.application.port.in.ListRenewalsUseCase;
import dev.tollgate.application.service.ordering.CancelOrderService;
import dev.tollgate.application.port.in.QuoteOrderUseCase;
import dev.tollgate.application.service.ordering.ListRenewalsService;
import dev.tollgate.application.service.ordering.QuoteOrderService;
import dev.tollgate.application.port.in.ListSubscriptionsUseCase;
import dev.tollgate.application.port.in.PayFromWalletUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.ReviewReceiptUseCase;
import dev.tollgate.application.port.in.ShowSalesStatisticsUseCase;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.in.SubmitReceiptUseCase;
import dev.tollgate.application.port.in.SubscriptionFeedUseCase;
import dev.tollgate.application.fakes.InMemoryPaymentCheckouts;
import dev.tollgate.application.port.in.CheckCheckoutUseCase;
import dev.tollgate.application.port.in.OpenCheckoutUseCase;
import dev.tollgate.application.port.in.PollPaymentsUseCase;
import dev.tollgate.application.port.in.ReceiveWebhookUseCase;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.service.payment.CheckCheckoutService;
import dev.tollgate.application.service.payment.OpenCheckoutService;
import dev.tollgate.application.service.payment.PollPaymentsService;
import dev.tollgate.application.service.payment.ProviderWebhookService;
import dev.tollgate.domain.payment.PaymentProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.tollgate.application.service.admin.ShowSalesStatisticsService;
import dev.tollgate.application.service.catalog.ListPlansService;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.customer.ChangeCustomerSettingsService;
import dev.tollgate.application.service.customer.RegisterContactService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.feed.SubscriptionFeedService;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.ordering.PlaceOrderService;
import dev.tollgate.application.service.payment.ConfirmPaymentService;
import dev.tollgate.application.service.payment.RefundOrderService;
import dev.tollgate.application.service.payment.PayFromWalletService;
import dev.tollgate.application.service.payment.ReviewReceiptService;
import dev.tollgate.application.service.payment.ShowWalletService;
import dev.tollgate.application.service.payment.SubmitReceiptService;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.subscription.ChangeAutoRenewService;
import dev.tollgate.application.service.subscription.ListSubscriptionsService;
import dev.tollgate.application.service.trial.ClaimTrialService;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.provisioning.RetryPolicy;
import dev.tollgate.domain.referral.ReferralPolicy;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The commerce core over in-memory fakes with one plan ("month": 250 Stars or 4.99 USD) and admin 1: for the bot's tests. */
public final class TestShop {

    public static final TelegramUserId ADMIN = new TelegramUserId(1);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T09:30:00Z"));
    public final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    public final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel);
    public final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    public final InMemoryWalletLedger ledger = new InMemoryWalletLedger();
    public final InMemoryProvisioningQueue queue = new InMemoryProvisioningQueue();
    public final InMemoryReferrals referrals = new InMemoryReferrals();
    public final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
    public final InMemoryConversations conversations = new InMemoryConversations();
    public final RecordingAdminAlerts alerts = new RecordingAdminAlerts();
    /** What the core told the users. */
    public final RecordingCustomerNotifier notifier = new RecordingCustomerNotifier();
    public final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    /** The owner is {@link #ADMIN}; admins and support are given through {@link #manageStaff}. */
    public final StaffDirectory admins = new StaffDirectory(Set.of(ADMIN), staff);
    public final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    public final RegisterContactUseCase contacts;
    public final ClaimTrialUseCase trials;
    public final ListPlansUseCase listPlans;
    public final PlaceOrderUseCase placeOrder;
    public final PayFromWalletUseCase payFromWallet;
    public final ConfirmPaymentUseCase confirmPayment;
    public final ShowWalletUseCase showWallet;
    public final SubmitReceiptUseCase submitReceipt;
    public final ReviewReceiptUseCase reviewReceipt;
    public final ChangeAutoRenewUseCase autoRenew;
    public final ShowSalesStatisticsUseCase statistics;
    public final ListSubscriptionsUseCase listSubscriptions;
    public final SubscriptionFeedUseCase feeds;
    public final ChangeCustomerSettingsUseCase customerSettings;
    public final QuoteOrderUseCase quotes;
    public final ListRenewalsUseCase renewals;
    public final CancelOrderUseCase cancelOrder;
    public final ShowReferralsUseCase showReferrals;
    public final ListLocationsUseCase locations;
    public final dev.tollgate.application.port.in.MoveSubscriptionUseCase moves;
    public final dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase staffMoves;
    public final ListOrdersUseCase listOrders;
    public final OpenBackOfficeUseCase openOffice;
    public final ListStaffUseCase listStaff;
    public final ManageStaffUseCase manageStaff;
    public final BrowseAuditLogUseCase browseAudit;
    public final FindCustomerUseCase findCustomer;
    public final ShowCustomerCardUseCase customerCard;
    public final AdjustWalletUseCase adjustWallet;
    public final GrantAccessUseCase grantAccess;
    public final ExtendAccessUseCase extendAccess;
    public final RevokeAccessUseCase revokeAccess;
    public final ListPendingReceiptsUseCase pendingReceipts;
    public final ShowOrderUseCase showOrder;
    public final ListAllPlansUseCase allPlans;
    public final SavePlanUseCase savePlan;
    public final InMemoryDiscountCodes discountCodes = new InMemoryDiscountCodes();
    public final dev.tollgate.application.fakes.InMemoryFeedTokenVersions feedTokenVersions =
            new dev.tollgate.application.fakes.InMemoryFeedTokenVersions();
    public final dev.tollgate.application.port.in.ResetLinkUseCase resetLink;
    public final dev.tollgate.application.fakes.InMemoryTermsAcceptances termsAcceptances =
            new dev.tollgate.application.fakes.InMemoryTermsAcceptances();
    public final dev.tollgate.application.port.in.AcceptTermsUseCase acceptTerms;
    public final ListDiscountCodesUseCase listCodes;
    public final SaveDiscountCodeUseCase saveCode;
    public final MessageCustomerUseCase messageCustomer;
    public final InMemoryTickets tickets = new InMemoryTickets();
    public final ContactSupportUseCase contactSupport;
    public final ListTicketsUseCase listTickets;
    public final ShowTicketUseCase showTicket;
    public final AnswerTicketUseCase answerTicket;
    public final dev.tollgate.application.fakes.InMemoryUsageRecords usageRecords =
            new dev.tollgate.application.fakes.InMemoryUsageRecords();
    public final dev.tollgate.application.port.in.ShowSubscriptionUseCase showSubscription;
    public final dev.tollgate.application.port.in.SuspendAccessUseCase suspendAccess;
    public final dev.tollgate.application.port.in.ResetTrafficUseCase resetTraffic;
    public final dev.tollgate.application.port.in.BanCustomerUseCase banCustomer;
    public final dev.tollgate.application.port.in.ShowDiscountCodeUseCase showCode;

    /** Shop settings: a 3-day, 1.5 GB trial and 10 % cashback by default; what a test or an admin stores wins. */
    public final dev.tollgate.application.fakes.InMemorySettingsStore settingsStore =
            new dev.tollgate.application.fakes.InMemorySettingsStore();
    public final dev.tollgate.application.service.settings.OverlaidShopSettings shopSettings =
            new dev.tollgate.application.service.settings.OverlaidShopSettings(Map.of(
                    dev.tollgate.application.port.out.ShopSetting.TRIAL_DURATION, Duration.ofDays(3).toString(),
                    dev.tollgate.application.port.out.ShopSetting.TRIAL_TRAFFIC,
                    Long.toString(DataSize.ofMebibytes(1536).bytes()),
                    dev.tollgate.application.port.out.ShopSetting.REFERRAL_PERCENT, "10",
                    dev.tollgate.application.port.out.ShopSetting.REMINDERS,
                    dev.tollgate.application.port.out.ShopTerms.ALL_REMINDERS),
                    settingsStore, clock, Duration.ofSeconds(30));
    public final dev.tollgate.application.port.in.ShowShopSettingsUseCase showShopSettings =
            new dev.tollgate.application.service.settings.ShowShopSettingsService(admins, shopSettings);
    public final dev.tollgate.application.port.in.ChangeShopSettingUseCase changeShopSetting =
            new dev.tollgate.application.service.settings.ChangeShopSettingService(admins, settingsStore, shopSettings,
                    audit, transactions, clock);

    /** Servers added in the bot, the gateway factories that test them, and their sealed logins. */
    public final dev.tollgate.application.fakes.InMemoryServerRepository storedServers =
            new dev.tollgate.application.fakes.InMemoryServerRepository();
    /** The kinds a test can add servers of; the in-memory factory answers for all four unless a test replaces it. */
    public final List<dev.tollgate.application.port.out.PanelGatewayFactory> panelFactories = new CopyOnWriteArrayList<>(
            List.of(new dev.tollgate.application.fakes.InMemoryPanelGatewayFactory()));
    public final dev.tollgate.application.fakes.InMemorySealedSecrets seals =
            new dev.tollgate.application.fakes.InMemorySealedSecrets();
    public final dev.tollgate.application.port.in.ListServersUseCase listServers;
    public final dev.tollgate.application.port.in.ProbeServerUseCase probeServer;
    public final dev.tollgate.application.port.in.SaveServerUseCase saveServer;
    public final dev.tollgate.application.port.in.RemoveServerUseCase removeServer;

    public final dev.tollgate.application.fakes.InMemoryBroadcasts broadcasts =
            new dev.tollgate.application.fakes.InMemoryBroadcasts();
    public final dev.tollgate.application.fakes.InMemoryBroadcastAudience broadcastAudience =
            new dev.tollgate.application.fakes.InMemoryBroadcastAudience(customers, subscriptions, orders);
    public final dev.tollgate.application.port.in.ListBroadcastsUseCase listBroadcasts =
            new dev.tollgate.application.service.broadcast.ListBroadcastsService(admins, broadcasts);
    public final dev.tollgate.application.port.in.StartBroadcastUseCase startBroadcast =
            new dev.tollgate.application.service.broadcast.StartBroadcastService(admins, broadcastAudience, broadcasts,
                    audit, transactions, clock);
    public final dev.tollgate.application.port.in.CancelBroadcastUseCase cancelBroadcast =
            new dev.tollgate.application.service.broadcast.CancelBroadcastService(admins, broadcasts, audit, transactions,
                    clock);

    public final dev.tollgate.application.fakes.InMemoryPanelStatuses panelStatuses =
            new dev.tollgate.application.fakes.InMemoryPanelStatuses();
    public final dev.tollgate.application.port.in.ShowServerStatusUseCase serverStatus =
            new dev.tollgate.application.service.provisioning.ShowServerStatusService(admins, servers, panelStatuses);
    /** The provisioning worker the payments use, for tests that run the job by hand. */
    public final dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase provisioning;
    public final dev.tollgate.application.port.in.RetryProvisioningUseCase retryProvisioning;

    /** The payment providers the shop has; a test adds the ones it needs (their Chat comes from the bot's injector). */
    public final List<PaymentGateway> gateways = new CopyOnWriteArrayList<>();
    public final InMemoryPaymentCheckouts checkouts = new InMemoryPaymentCheckouts();
    public final CheckCheckoutUseCase checkCheckout;
    /** Over {@link #gateways} as they are at each call. */
    public final OpenCheckoutUseCase openCheckout;
    public final PollPaymentsUseCase pollPayments;
    public final RefundOrderUseCase refundOrder;
    public final dev.tollgate.application.fakes.InMemoryUnclaimedSubscriptions unclaimed =
            new dev.tollgate.application.fakes.InMemoryUnclaimedSubscriptions();
    public final dev.tollgate.application.port.in.ClaimSubscriptionUseCase claims;
    public final dev.tollgate.application.port.in.ListUnclaimedUseCase listUnclaimed;
    private final SubscriptionProvisioner provisioner;
    private final CustomerNotices notices;

    /** The HTTP notifications of a provider, as the HTTP front serves them. */
    public ReceiveWebhookUseCase webhookOf(PaymentGateway gateway) {
        return new ProviderWebhookService(gateway, confirmPayment, checkouts, orders, transactions, clock);
    }

    public TestShop() {
        this(true);
    }

    /** {@code withMonthPlan} false: a shop that sells nothing yet, as a new owner's with no plans configured. */
    public TestShop(boolean withMonthPlan) {
        SubscriptionProvisioner provisioner = new SubscriptionProvisioner(subscriptions, servers, servers, transactions,
                new ShareLinks(), clock);
        CustomerNotices notices = new CustomerNotices(notifier, alerts, customers);
        ProcessProvisioningTasksService worker = new ProcessProvisioningTasksService(queue, orders, subscriptions, ledger,
                servers, servers, provisioner, transactions, notices,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3), clock);
        OrderSettlement settlement = new OrderSettlement(orders, subscriptions, queue, ledger, referrals, shopSettings,
                servers, worker, notices);
        provisioning = worker;
        retryProvisioning = new dev.tollgate.application.service.provisioning.RetryProvisioningService(admins, queue, worker,
                audit, transactions, clock);
        if (withMonthPlan) {
            plans.insert(Plan.create(new PlanId("month"), "Month <50 GB>", new PlanTerms(new PlanId("month"), Duration.ofDays(30),
                        DataSize.ofGibibytes(50), 0, false, RenewalPolicy.STACK_BOTH),
                Map.of(Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, Money.of(499, Currency.USD)),
                Set.of(servers.all().get(0).id()), Set.of(), clock.instant()));
        }
        contacts = new RegisterContactService(customers, referrals, new ReferralPolicy(10), transactions, clock);
        dev.tollgate.application.service.customer.ShopBans bans = new dev.tollgate.application.service.customer.ShopBans(customers);
        trials = bans.claimTrial(new ClaimTrialService(shopSettings,
                new InMemoryTrialClaims(), subscriptions, servers, transactions, provisioner, clock));
        listPlans = new ListPlansService(plans);
        placeOrder = bans.placeOrder(new PlaceOrderService(plans, subscriptions, orders, discountCodes, servers,
                new FixedServerGroups(), transactions, Duration.ofMinutes(30), clock));
        payFromWallet = new PayFromWalletService(orders, payments, ledger, settlement, transactions, clock);
        confirmPayment = new ConfirmPaymentService(orders, payments, settlement, transactions, notices, clock);
        showWallet = new ShowWalletService(ledger, referrals);
        submitReceipt = new SubmitReceiptService(orders, payments, transactions, notices, clock);
        AuditedUseCases audited = new AuditedUseCases(audit, transactions, clock);
        reviewReceipt = audited.reviewReceipt(new ReviewReceiptService(admins, payments, orders, settlement, transactions,
                notices, clock));
        autoRenew = new ChangeAutoRenewService(subscriptions, transactions);
        statistics = new ShowSalesStatisticsService(admins, orders, subscriptions,
                new dev.tollgate.application.fakes.InMemoryGrowthFigures(customers, subscriptions, orders, payments), clock);
        listSubscriptions = new ListSubscriptionsService(subscriptions, servers, provisioner);
        feeds = new SubscriptionFeedService(subscriptions, servers, new FixedFeedTokens(), new ShareLinks(),
                "https://shop.example.com/", null, null, null, feedTokenVersions);
        acceptTerms = new dev.tollgate.application.service.customer.AcceptTermsService(termsAcceptances, transactions, clock);
        resetLink = new dev.tollgate.application.service.subscription.ResetLinkService(subscriptions, feedTokenVersions,
                servers, servers, provisioner, transactions, clock);
        customerSettings = new ChangeCustomerSettingsService(customers, transactions, clock);
        openOffice = new OpenBackOfficeService(admins);
        listStaff = new ListStaffService(admins, staff);
        manageStaff = new ManageStaffService(admins, staff, audit, transactions, clock);
        browseAudit = new BrowseAuditLogService(admins, audit);
        findCustomer = new FindCustomerService(admins, new InMemoryCustomerSearch(customers, orders, subscriptions),
                customers);
        customerCard = new ShowCustomerCardService(admins, customers, subscriptions, ledger, orders, referrals);
        adjustWallet = new AdjustWalletService(admins, customers, ledger, audit, transactions, clock);
        grantAccess = audited.grantAccess(new GrantAccessService(admins, plans, subscriptions, servers,
                new FixedServerGroups(), transactions, provisioner, notices, clock));
        AccessChangeService accessChanges = new AccessChangeService(admins, subscriptions, servers, servers, provisioner,
                transactions, notices, clock);
        extendAccess = audited.extendAccess(accessChanges);
        revokeAccess = audited.revokeAccess(accessChanges);
        pendingReceipts = new ListPendingReceiptsService(admins, payments);
        showOrder = new ShowOrderService(admins, orders, payments);
        allPlans = new ListAllPlansService(admins, plans);
        savePlan = audited.savePlan(new SavePlanService(admins, plans, servers, new FixedServerGroups(),
                transactions, clock));
        listCodes = new ListDiscountCodesService(admins, discountCodes);
        messageCustomer = new MessageCustomerService(admins, customers, notifier, audit, transactions, clock);
        contactSupport = new ContactSupportService(tickets, alerts, transactions, clock);
        listTickets = new ListTicketsService(admins, tickets);
        showTicket = new ShowTicketService(admins, tickets);
        answerTicket = new AnswerTicketService(admins, tickets, customers, notifier, audit, transactions, clock);
        saveCode = audited.saveDiscountCode(new SaveDiscountCodeService(admins, discountCodes, transactions, plans));
        this.provisioner = provisioner;
        this.notices = notices;
        checkCheckout = new CheckCheckoutService(orders);
        openCheckout = new OpenCheckoutUseCase() {
            @Override
            public Result open(Command command) {
                return new OpenCheckoutService(List.copyOf(gateways), orders, checkouts, transactions, clock).open(command);
            }

            @Override
            public Set<PaymentProvider> providers() {
                return new OpenCheckoutService(List.copyOf(gateways), orders, checkouts, transactions, clock).providers();
            }

            @Override
            public boolean accepts(PaymentProvider provider, Currency currency) {
                return new OpenCheckoutService(List.copyOf(gateways), orders, checkouts, transactions, clock)
                        .accepts(provider, currency);
            }
        };
        pollPayments = command -> new PollPaymentsService(List.copyOf(gateways), confirmPayment, checkouts, orders,
                transactions, clock).poll(command);
        refundOrder = audited.refundOrder(command -> new RefundOrderService(admins, orders, subscriptions, ledger, servers,
                servers, this.provisioner, transactions, this.notices, clock, payments, checkouts, List.copyOf(gateways))
                .refund(command));
        quotes = bans.quoteOrder(new QuoteOrderService(plans, subscriptions, discountCodes, servers, new FixedServerGroups(),
                clock));
        showSubscription = new dev.tollgate.application.service.staff.ShowSubscriptionService(admins, subscriptions);
        dev.tollgate.application.service.admin.AccessControlService control =
                new dev.tollgate.application.service.admin.AccessControlService(admins, subscriptions, servers, servers,
                        provisioner, usageRecords, audit, transactions, notices, clock);
        suspendAccess = control;
        resetTraffic = control;
        banCustomer = new dev.tollgate.application.service.staff.BanCustomerService(admins, customers, audit, transactions,
                clock);
        showCode = new dev.tollgate.application.service.staff.ShowDiscountCodeService(admins, discountCodes,
                new dev.tollgate.application.fakes.InMemoryPromoCodeUses(orders));
        renewals = new ListRenewalsService(subscriptions, plans, new FixedServerGroups());
        cancelOrder = new CancelOrderService(orders, payments, transactions);
        showReferrals = new ShowReferralsService(referrals, ledger, shopSettings);
        locations = new ListLocationsService(plans, servers, new FixedServerGroups(), subscriptions);
        moves = new dev.tollgate.application.service.subscription.MoveSubscriptionService(subscriptions, plans, servers,
                new FixedServerGroups(), servers, this.provisioner, new dev.tollgate.application.fakes.InMemoryUsageRecords(),
                transactions, this.notices, clock);
        staffMoves = new dev.tollgate.application.service.staff.StaffMoveSubscriptionService(admins, subscriptions, moves,
                audit, transactions, clock);
        listOrders = new ListOrdersService(orders, payments);
        listServers = new dev.tollgate.application.service.servers.ListServersService(admins, servers, storedServers,
                panelStatuses, subscriptions);
        probeServer = command -> new dev.tollgate.application.service.servers.ProbeServerService(admins,
                List.copyOf(panelFactories), seals).probe(command);
        saveServer = command -> new dev.tollgate.application.service.servers.SaveServerService(admins, servers,
                storedServers, List.copyOf(panelFactories), seals, servers, audit, transactions, subscriptions, panelStatuses,
                clock).save(command);
        removeServer = new dev.tollgate.application.service.servers.RemoveServerService(admins, servers, storedServers,
                subscriptions, servers, audit, transactions, clock);
        claims = new dev.tollgate.application.service.imports.ClaimSubscriptionService(unclaimed, subscriptions, customers,
                servers, provisioner, transactions, clock);
        listUnclaimed = new dev.tollgate.application.service.imports.ListUnclaimedService(admins, unclaimed);
    }
}
