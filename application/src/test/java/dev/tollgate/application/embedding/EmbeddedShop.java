package dev.tollgate.application.embedding;

import dev.tollgate.application.fakes.FixedServerGroups;
import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryDiscountCodes;
import dev.tollgate.application.fakes.InMemoryOrderRepository;
import dev.tollgate.application.fakes.InMemoryPaymentRepository;
import dev.tollgate.application.fakes.InMemoryPlanRepository;
import dev.tollgate.application.fakes.InMemoryProvisioningQueue;
import dev.tollgate.application.fakes.InMemoryReferrals;
import dev.tollgate.application.fakes.InMemorySubscriptionRepository;
import dev.tollgate.application.fakes.InMemoryTrialClaims;
import dev.tollgate.application.fakes.InMemoryWalletLedger;
import dev.tollgate.application.port.in.ClaimTrialUseCase;
import dev.tollgate.application.port.in.ConfirmPaymentUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.RegisterContactUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.customer.RegisterContactService;
import dev.tollgate.application.service.feed.ShareLinks;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.application.service.ordering.PlaceOrderService;
import dev.tollgate.application.service.payment.ConfirmPaymentService;
import dev.tollgate.application.service.provisioning.ProcessProvisioningTasksService;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.application.service.trial.ClaimTrialService;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.provisioning.RetryPolicy;
import dev.tollgate.domain.referral.ReferralPolicy;
import dev.tollgate.domain.trial.TrialPolicy;
import dev.tollgate.domain.trial.TrialTerms;
import dev.tollgate.domain.shared.DataSize;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The example of {@code docs/embedding.md}: a host service that sells trials and plans with Tollgate's core and no
 * dependency-injection framework. It wires the use cases by hand, the way a host would in its own composition root.
 *
 * <p>The stores are the in-memory fakes of the application test-jar, standing in for the host's own implementations
 * of the repository ports (which it checks with the contracts in {@code dev.tollgate.application.contracts}).
 * The notifier, the admin alerts and the transaction runner are the host's own, written here.
 */
public final class EmbeddedShop {

    /** The host's messenger: here it keeps a line per notice; a real host sends an e-mail or a push message. */
    public static final class HostNotifier implements CustomerNotifier {
        private final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void notify(TelegramUserId user, Language language, Notice notice) {
            sent.add(user.value() + " " + notice.getClass().getSimpleName());
        }

        public List<String> sent() {
            return List.copyOf(sent);
        }
    }

    /**
     * The host's transactions. The in-memory stores need no rollback, so one lock makes each unit of work atomic; a
     * database-backed host opens a transaction here and lets its repositories join it.
     */
    static final class LockingTransactions implements TransactionRunner {
        @Override
        public synchronized <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    public final ClaimTrialUseCase trials;
    public final RegisterContactUseCase contacts;
    public final PlaceOrderUseCase orders;
    public final ConfirmPaymentUseCase payments;
    public final HostNotifier notifier = new HostNotifier();

    /**
     * @param clock every use case reads time from it (never {@code Instant.now()}), so a host can test with a fixed one
     * @param panel the gateway of the one server this host sells; any {@link PanelGateway} (3x-UI, S-UI, Xray, V2Ray,
     *              or the host's own)
     * @param plans the plans on sale
     */
    public EmbeddedShop(Clock clock, PanelGateway panel, List<Plan> plans) {
        FixedServers servers = new FixedServers().add(FixedServers.vlessServer("de-1"), panel);
        InMemoryPlanRepository planStore = new InMemoryPlanRepository();
        plans.forEach(planStore::insert);
        InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
        InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
        InMemoryOrderRepository orderStore = new InMemoryOrderRepository();
        InMemoryWalletLedger ledger = new InMemoryWalletLedger();
        InMemoryProvisioningQueue queue = new InMemoryProvisioningQueue();
        InMemoryReferrals referrals = new InMemoryReferrals();
        TransactionRunner transactions = new LockingTransactions();
        ReferralPolicy referralPolicy = new ReferralPolicy(10);
        AdminAlerts alerts = (AdminAlert alert) -> { };

        CustomerNotices notices = new CustomerNotices(notifier, alerts, customers);
        SubscriptionProvisioner provisioner =
                new SubscriptionProvisioner(subscriptions, servers, servers, transactions, new ShareLinks(), clock);
        ProcessProvisioningTasksService provisioning = new ProcessProvisioningTasksService(queue, orderStore,
                subscriptions, ledger, servers, servers, provisioner, transactions, notices,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 8), clock);
        OrderSettlement settlement = new OrderSettlement(orderStore, subscriptions, queue, ledger, referrals,
                referralPolicy, servers, provisioning, notices);

        this.contacts = new RegisterContactService(customers, referrals, referralPolicy, transactions, clock);
        this.trials = new ClaimTrialService(new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1))),
                new InMemoryTrialClaims(), subscriptions, servers, transactions, provisioner, clock);
        this.orders = new PlaceOrderService(planStore, subscriptions, orderStore, new InMemoryDiscountCodes(), servers,
                new FixedServerGroups(), transactions, Duration.ofMinutes(30), clock);
        this.payments = new ConfirmPaymentService(orderStore, new InMemoryPaymentRepository(), settlement,
                transactions, notices, clock);
    }
}
