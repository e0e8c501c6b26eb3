package dev.tollgate.application.testing;

import dev.tollgate.application.fakes.FixedAdmins;
import dev.tollgate.application.fakes.FixedServerGroups;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryAutoRenewClaims;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryDiscountCodes;
import dev.tollgate.application.fakes.InMemoryDueReminders;
import dev.tollgate.application.fakes.InMemoryOrderRepository;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.fakes.InMemoryPaymentRepository;
import dev.tollgate.application.fakes.InMemoryPlanRepository;
import dev.tollgate.application.fakes.InMemoryProvisioningQueue;
import dev.tollgate.application.fakes.InMemoryReferrals;
import dev.tollgate.application.fakes.InMemoryReminderLog;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.InMemoryTrialClaims;
import dev.tollgate.application.fakes.InMemoryWalletLedger;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.fakes.RecordingCustomerNotifier;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.service.admin.AccessChangeService;
import dev.tollgate.application.service.admin.GrantAccessService;
import dev.tollgate.application.service.admin.SaveDiscountCodeService;
import dev.tollgate.application.service.admin.ShowSalesStatisticsService;
import dev.tollgate.application.service.catalog.SavePlanService;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.customer.RegisterContactService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.ordering.ExpireOverdueOrdersService;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.ordering.ListRenewalsService;
import dev.tollgate.application.service.ordering.PlaceOrderService;
import dev.tollgate.application.service.ordering.QuoteOrderService;
import dev.tollgate.application.service.ordering.ListOrdersService;
import dev.tollgate.application.service.catalog.ListLocationsService;
import dev.tollgate.application.service.referral.ShowReferralsService;
import dev.tollgate.application.service.payment.ConfirmPaymentService;
import dev.tollgate.application.service.payment.PayFromWalletService;
import dev.tollgate.application.service.payment.RefundOrderService;
import dev.tollgate.application.service.payment.ReviewReceiptService;
import dev.tollgate.application.service.payment.ShowWalletService;
import dev.tollgate.application.service.payment.SubmitReceiptService;
import dev.tollgate.application.service.provisioning.ActivatePendingSubscriptionsService;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.subscription.AutoRenewSubscriptionsService;
import dev.tollgate.application.service.subscription.ChangeAutoRenewService;
import dev.tollgate.application.service.subscription.EnforceSubscriptionLimitsService;
import dev.tollgate.application.service.subscription.SendRemindersService;
import dev.tollgate.application.service.trial.ClaimTrialService;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.provisioning.RetryPolicy;
import dev.tollgate.domain.referral.ReferralPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.trial.TrialPolicy;
import dev.tollgate.domain.trial.TrialTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The whole commerce core over in-memory fakes: real services, one clock, one panel, one admin. */
public final class TestCore {

    public static final TelegramUserId ADMIN = new TelegramUserId(9001);
    public static final PlanId MONTH = new PlanId("month");
    public static final PlanId QUARTER = new PlanId("quarter");
    public static final RetryPolicy RETRY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 4);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    public final InMemoryTrialClaims trialClaims = new InMemoryTrialClaims();
    public final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    public final InMemoryWalletLedger ledger = new InMemoryWalletLedger();
    public final InMemoryProvisioningQueue queue = new InMemoryProvisioningQueue();
    public final InMemoryReferrals referrals = new InMemoryReferrals();
    public final InMemoryDiscountCodes discountCodes = new InMemoryDiscountCodes();
    public final InMemoryReminderLog reminderLog = new InMemoryReminderLog();
    public final InMemoryAutoRenewClaims autoRenewClaims = new InMemoryAutoRenewClaims();
    public final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    public final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    public final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel);
    public final FixedServerGroups groups = new FixedServerGroups().put("de-1", "europe");
    public final FixedAdmins admins = new FixedAdmins(ADMIN);
    public final RecordingCustomerNotifier notifier = new RecordingCustomerNotifier();
    public final RecordingAdminAlerts alerts = new RecordingAdminAlerts();
    public final ReferralPolicy referralPolicy = new ReferralPolicy(10);

    public final CustomerNotices notices = new CustomerNotices(notifier, alerts, customers);
    public final SubscriptionProvisioner provisioner =
            new SubscriptionProvisioner(subscriptions, servers, servers, transactions, new ShareLinks(), clock);
    public final ProcessProvisioningTasksService worker = new ProcessProvisioningTasksService(queue, orders, subscriptions,
            ledger, servers, servers, provisioner, transactions, notices, RETRY, clock);
    public final OrderSettlement settlement = new OrderSettlement(orders, subscriptions, queue, ledger, referrals,
            referralPolicy, servers, worker, notices);
    public final PlaceOrderService placeOrder = new PlaceOrderService(plans, subscriptions, orders, discountCodes, servers,
            groups, transactions, Duration.ofMinutes(30), clock);
    public final ConfirmPaymentService confirmPayment =
            new ConfirmPaymentService(orders, payments, settlement, transactions, notices, clock);
    public final PayFromWalletService payFromWallet =
            new PayFromWalletService(orders, payments, ledger, settlement, transactions, clock);
    public final SubmitReceiptService submitReceipt = new SubmitReceiptService(orders, payments, transactions, notices, clock);
    public final ReviewReceiptService reviewReceipt =
            new ReviewReceiptService(admins, payments, orders, settlement, transactions, notices, clock);
    public final RegisterContactService registerContact =
            new RegisterContactService(customers, referrals, referralPolicy, transactions, clock);
    public final ClaimTrialService claimTrial = new ClaimTrialService(
            new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1))), trialClaims, subscriptions,
            servers, transactions, provisioner, clock);

    public final dev.tollgate.application.fakes.InMemoryUsageRecords usageRecords =
            new dev.tollgate.application.fakes.InMemoryUsageRecords();
    public final dev.tollgate.application.service.subscription.SyncUsageService syncUsage =
            new dev.tollgate.application.service.subscription.SyncUsageService(subscriptions, servers, servers, usageRecords,
                    transactions, clock);
    public final EnforceSubscriptionLimitsService enforceLimits = new EnforceSubscriptionLimitsService(subscriptions, servers,
            servers, provisioner, transactions, notices, clock, syncUsage, usageRecords);
    public final SendRemindersService sendReminders = new SendRemindersService(subscriptions,
            new InMemoryDueReminders(subscriptions, reminderLog), reminderLog, transactions, notices, clock);
    public final AutoRenewSubscriptionsService autoRenew = new AutoRenewSubscriptionsService(subscriptions, plans, orders,
            payments, ledger, autoRenewClaims, reminderLog, settlement, transactions, notices, clock);
    public final ChangeAutoRenewService changeAutoRenew = new ChangeAutoRenewService(subscriptions, transactions);
    public final ShowWalletService showWallet = new ShowWalletService(ledger, referrals);
    public final ExpireOverdueOrdersService expireOrders = new ExpireOverdueOrdersService(orders, payments, transactions, clock);
    public final GrantAccessService grantAccess = new GrantAccessService(admins, plans, subscriptions, servers, groups,
            transactions, provisioner, notices, clock);
    public final AccessChangeService accessChanges = new AccessChangeService(admins, subscriptions, servers, servers,
            provisioner, transactions, notices, clock);
    public final ExtendAccessUseCase extendAccess = accessChanges;
    public final RevokeAccessUseCase revokeAccess = accessChanges;
    public final RefundOrderService refundOrder = new RefundOrderService(admins, orders, subscriptions, ledger, servers,
            servers, provisioner, transactions, notices, clock);
    public final QuoteOrderService quoteOrder = new QuoteOrderService(plans, subscriptions, discountCodes, servers, groups,
            clock);
    public final ListRenewalsService listRenewals = new ListRenewalsService(subscriptions, plans, groups);
    public final ShowReferralsService showReferrals = new ShowReferralsService(referrals, ledger, referralPolicy);
    public final ListLocationsService listLocations = new ListLocationsService(plans, servers, groups, subscriptions);
    public final ListOrdersService listOrders = new ListOrdersService(orders, payments);
    public final SavePlanService savePlan = new SavePlanService(admins, plans, transactions, clock);
    public final SaveDiscountCodeService saveDiscountCode = new SaveDiscountCodeService(admins, discountCodes, transactions);
    public final ShowSalesStatisticsService statistics = new ShowSalesStatisticsService(admins, orders, subscriptions,
            new dev.tollgate.application.fakes.InMemoryGrowthFigures(customers, subscriptions, orders, payments), clock);
    public final dev.tollgate.application.fakes.InMemoryFeedTokenVersions feedTokenVersions =
            new dev.tollgate.application.fakes.InMemoryFeedTokenVersions();
    public final dev.tollgate.application.service.subscription.ResetLinkService resetLink =
            new dev.tollgate.application.service.subscription.ResetLinkService(subscriptions, feedTokenVersions, servers,
                    servers, provisioner, transactions, clock);
    public final dev.tollgate.application.service.subscription.MoveSubscriptionService moveSubscription =
            new dev.tollgate.application.service.subscription.MoveSubscriptionService(subscriptions, plans, servers,
                    groups, servers, provisioner, usageRecords, transactions, notices, clock);
    public final ActivatePendingSubscriptionsService activatePending = new ActivatePendingSubscriptionsService(subscriptions,
            customers, provisioner, (user, language, access) -> { }, clock);

    public TestCore() {
        plans.insert(Plan.create(MONTH, "Month", new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(50), 2,
                        false, RenewalPolicy.STACK_BOTH),
                Map.of(Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, Money.of(500, Currency.USD)),
                Set.of(new ServerId("de-1")), Set.of(), clock.instant()));
        plans.insert(Plan.create(QUARTER, "Quarter", new PlanTerms(QUARTER, Duration.ofDays(90),
                        DataSize.ofGibibytes(200), 3, false, RenewalPolicy.STACK_BOTH),
                Map.of(Currency.XTR, Money.of(600, Currency.XTR), Currency.USD, Money.of(1_200, Currency.USD)),
                Set.of(), Set.of("europe"), clock.instant()));
    }

    public static Money xtr(long stars) {
        return Money.of(stars, Currency.XTR);
    }

    public TelegramUserId contact(long id) {
        TelegramUserId user = new TelegramUserId(id);
        registerContact.register(new RegisterContactUseCase.Command(user, "en"));
        return user;
    }

    public OrderId place(PlaceOrderUseCase.Command command) {
        PlaceOrderUseCase.Result result = placeOrder.place(command);
        if (!(result instanceof PlaceOrderUseCase.Placed placed)) {
            throw new AssertionError("order refused: " + result);
        }
        return placed.order();
    }

    public ConfirmPaymentUseCase.Result pay(OrderId order, Money amount) {
        return confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS,
                "charge-" + UUID.randomUUID(), amount));
    }

    /** Buys a month in stars and returns the subscription. */
    public SubscriptionId buyMonth(TelegramUserId user) {
        OrderId order = place(PlaceOrderUseCase.Command.purchase(user, MONTH, Currency.XTR, null, null));
        pay(order, xtr(250));
        return orders.findById(order).orElseThrow().subscription().orElseThrow();
    }

    /** Tops the wallet up with stars, paid through the provider. */
    public void topUp(TelegramUserId user, long stars) {
        OrderId order = place(PlaceOrderUseCase.Command.topUp(user, xtr(stars)));
        pay(order, xtr(stars));
    }

    public Subscription subscription(SubscriptionId id) {
        return subscriptions.findById(id).orElseThrow();
    }

    public Money balance(TelegramUserId user) {
        return ledger.wallet(user, Currency.XTR).balance();
    }
}
