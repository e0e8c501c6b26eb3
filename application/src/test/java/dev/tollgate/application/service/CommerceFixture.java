package dev.tollgate.application.service;

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
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
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
final class CommerceFixture {

    static final TelegramUserId ADMIN = new TelegramUserId(9001);
    static final PlanId MONTH = new PlanId("month");
    static final PlanId QUARTER = new PlanId("quarter");
    static final RetryPolicy RETRY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 4);

    final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    final InMemoryTrialClaims trialClaims = new InMemoryTrialClaims();
    final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    final InMemoryWalletLedger ledger = new InMemoryWalletLedger();
    final InMemoryProvisioningQueue queue = new InMemoryProvisioningQueue();
    final InMemoryReferrals referrals = new InMemoryReferrals();
    final InMemoryDiscountCodes discountCodes = new InMemoryDiscountCodes();
    final InMemoryReminderLog reminderLog = new InMemoryReminderLog();
    final InMemoryAutoRenewClaims autoRenewClaims = new InMemoryAutoRenewClaims();
    final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    final InMemoryPanelGateway panel = new InMemoryPanelGateway();
    final FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel);
    final FixedServerGroups groups = new FixedServerGroups().put("de-1", "europe");
    final FixedAdmins admins = new FixedAdmins(ADMIN);
    final RecordingCustomerNotifier notifier = new RecordingCustomerNotifier();
    final RecordingAdminAlerts alerts = new RecordingAdminAlerts();
    final ReferralPolicy referralPolicy = new ReferralPolicy(10);

    final CustomerNotices notices = new CustomerNotices(notifier, alerts, customers);
    final SubscriptionProvisioner provisioner =
            new SubscriptionProvisioner(subscriptions, servers, servers, transactions, new ShareLinks(), clock);
    final ProcessProvisioningTasksService worker = new ProcessProvisioningTasksService(queue, orders, subscriptions,
            ledger, servers, servers, provisioner, transactions, notices, RETRY, clock);
    final OrderSettlement settlement = new OrderSettlement(orders, subscriptions, queue, ledger, referrals,
            referralPolicy, servers, worker, notices);
    final PlaceOrderService placeOrder = new PlaceOrderService(plans, subscriptions, orders, discountCodes, servers,
            groups, transactions, Duration.ofMinutes(30), clock);
    final ConfirmPaymentService confirmPayment =
            new ConfirmPaymentService(orders, payments, settlement, transactions, notices, clock);
    final PayFromWalletService payFromWallet =
            new PayFromWalletService(orders, payments, ledger, settlement, transactions, clock);
    final SubmitReceiptService submitReceipt = new SubmitReceiptService(orders, payments, transactions, notices, clock);
    final ReviewReceiptService reviewReceipt =
            new ReviewReceiptService(admins, payments, orders, settlement, transactions, notices, clock);
    final RegisterContactService registerContact =
            new RegisterContactService(customers, referrals, referralPolicy, transactions, clock);
    final ClaimTrialService claimTrial = new ClaimTrialService(
            new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1))), trialClaims, subscriptions,
            servers, transactions, provisioner, clock);

    final dev.tollgate.application.fakes.InMemoryUsageRecords usageRecords = new dev.tollgate.application.fakes.InMemoryUsageRecords();
    final dev.tollgate.application.service.subscription.SyncUsageService syncUsage =
            new dev.tollgate.application.service.subscription.SyncUsageService(subscriptions, servers, servers, usageRecords,
                    transactions, clock);
    final EnforceSubscriptionLimitsService enforceLimits = new EnforceSubscriptionLimitsService(subscriptions, servers,
            servers, provisioner, transactions, notices, clock, syncUsage, usageRecords);
    final SendRemindersService sendReminders = new SendRemindersService(subscriptions,
            new InMemoryDueReminders(subscriptions, reminderLog), reminderLog, transactions, notices, clock);
    final AutoRenewSubscriptionsService autoRenew = new AutoRenewSubscriptionsService(subscriptions, plans, orders,
            payments, ledger, autoRenewClaims, reminderLog, settlement, transactions, notices, clock);
    final ChangeAutoRenewService changeAutoRenew = new ChangeAutoRenewService(subscriptions, transactions);
    final ShowWalletService showWallet = new ShowWalletService(ledger, referrals);
    final ExpireOverdueOrdersService expireOrders = new ExpireOverdueOrdersService(orders, payments, transactions, clock);
    final GrantAccessService grantAccess = new GrantAccessService(admins, plans, subscriptions, servers, groups,
            transactions, provisioner, notices, clock);
    final ExtendAccessService extendAccess = new ExtendAccessService(admins, subscriptions, servers, servers,
            provisioner, transactions, notices, clock);
    final RevokeAccessService revokeAccess = new RevokeAccessService(admins, subscriptions, servers, servers,
            provisioner, transactions, notices, clock);
    final RefundOrderService refundOrder = new RefundOrderService(admins, orders, subscriptions, ledger, servers,
            servers, provisioner, transactions, notices, clock);
    final SavePlanService savePlan = new SavePlanService(admins, plans, transactions, clock);
    final SaveDiscountCodeService saveDiscountCode = new SaveDiscountCodeService(admins, discountCodes, transactions);
    final ShowSalesStatisticsService statistics = new ShowSalesStatisticsService(admins, orders, subscriptions);
    final ActivatePendingSubscriptionsService activatePending = new ActivatePendingSubscriptionsService(subscriptions,
            customers, provisioner, (user, language, access) -> { }, clock);

    CommerceFixture() {
        plans.insert(Plan.create(MONTH, "Month", new PlanTerms(MONTH, Duration.ofDays(30), DataSize.ofGibibytes(50), 2,
                        false, RenewalPolicy.STACK_BOTH),
                Map.of(Currency.XTR, Money.of(250, Currency.XTR), Currency.USD, Money.of(500, Currency.USD)),
                Set.of(new ServerId("de-1")), Set.of(), clock.instant()));
        plans.insert(Plan.create(QUARTER, "Quarter", new PlanTerms(QUARTER, Duration.ofDays(90),
                        DataSize.ofGibibytes(200), 3, false, RenewalPolicy.STACK_BOTH),
                Map.of(Currency.XTR, Money.of(600, Currency.XTR), Currency.USD, Money.of(1_200, Currency.USD)),
                Set.of(), Set.of("europe"), clock.instant()));
    }

    static Money xtr(long stars) {
        return Money.of(stars, Currency.XTR);
    }

    TelegramUserId contact(long id) {
        TelegramUserId user = new TelegramUserId(id);
        registerContact.register(new RegisterContactUseCase.Command(user, "en"));
        return user;
    }

    OrderId place(PlaceOrderUseCase.Command command) {
        PlaceOrderUseCase.Result result = placeOrder.place(command);
        if (!(result instanceof PlaceOrderUseCase.Placed placed)) {
            throw new AssertionError("order refused: " + result);
        }
        return placed.order();
    }

    ConfirmPaymentUseCase.Result pay(OrderId order, Money amount) {
        return confirmPayment.confirm(new ConfirmPaymentUseCase.Command(order, PaymentProvider.TELEGRAM_STARS,
                "charge-" + UUID.randomUUID(), amount));
    }

    /** Buys a month in stars and returns the subscription. */
    SubscriptionId buyMonth(TelegramUserId user) {
        OrderId order = place(PlaceOrderUseCase.Command.purchase(user, MONTH, Currency.XTR, null, null));
        pay(order, xtr(250));
        return orders.findById(order).orElseThrow().subscription().orElseThrow();
    }

    /** Tops the wallet up with stars, paid through the provider. */
    void topUp(TelegramUserId user, long stars) {
        OrderId order = place(PlaceOrderUseCase.Command.topUp(user, xtr(stars)));
        pay(order, xtr(stars));
    }

    Subscription subscription(SubscriptionId id) {
        return subscriptions.findById(id).orElseThrow();
    }

    Money balance(TelegramUserId user) {
        return ledger.wallet(user, Currency.XTR).balance();
    }
}
