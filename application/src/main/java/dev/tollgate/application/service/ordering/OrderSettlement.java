package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.common.ServerPlacement;
import dev.tollgate.application.service.common.WalletPostings;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;
import dev.tollgate.domain.referral.ReferralPolicy;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What every payment path does inside its transaction once the money is recorded: mark the order paid and record
 * what is owed (a pending subscription and a provisioning task, or the wallet credit of a top-up), plus the
 * referrer's cashback, credited once per order. The panel is never called here; {@link #deliver(Settled)} does that
 * after commit.
 */
public final class OrderSettlement {

    private static final System.Logger LOG = System.getLogger(OrderSettlement.class.getName());

    /**
     * What a settlement left to do after commit; for a purchase whose server filled up (or closed for sales) between
     * the order and its payment the order is refunded and {@code noRoom} is the wallet credit (empty for a free order).
     */
    public record Settled(Order order, Optional<ProvisioningTaskId> task, Optional<LedgerEntry> topUp,
                   Optional<Cashback> cashback, Optional<LedgerEntry> noRoom) {

        public Settled(Order order, Optional<ProvisioningTaskId> task, Optional<LedgerEntry> topUp,
                       Optional<Cashback> cashback) {
            this(order, task, topUp, cashback, Optional.empty());
        }
    }

    public record Cashback(TelegramUserId referrer, LedgerEntry entry) {
    }

    private final OrderRepository orders;
    private final SubscriptionRepository subscriptions;
    private final ProvisioningQueue queue;
    private final WalletLedger ledger;
    private final Referrals referrals;
    private final java.util.function.Supplier<ReferralPolicy> referralPolicy;
    private final ServerCatalog servers;

    private final ProcessProvisioningTasksUseCase worker;
    private final CustomerNotices notices;

    public OrderSettlement(OrderRepository orders, SubscriptionRepository subscriptions, ProvisioningQueue queue,
                           WalletLedger ledger, Referrals referrals, ReferralPolicy referralPolicy,
                           ServerCatalog servers, ProcessProvisioningTasksUseCase worker, CustomerNotices notices) {
        this(orders, subscriptions, queue, ledger, referrals, () -> referralPolicy, servers, worker, notices);
    }

    /** Cashback at the shop's referral percent as it is at each settlement (admins change it in the bot). */
    public OrderSettlement(OrderRepository orders, SubscriptionRepository subscriptions, ProvisioningQueue queue,
                           WalletLedger ledger, Referrals referrals, dev.tollgate.application.port.out.ShopSettings settings,
                           ServerCatalog servers, ProcessProvisioningTasksUseCase worker, CustomerNotices notices) {
        this(orders, subscriptions, queue, ledger, referrals,
                () -> new ReferralPolicy(settings.current().referralPercent()), servers, worker, notices);
    }

    private OrderSettlement(OrderRepository orders, SubscriptionRepository subscriptions, ProvisioningQueue queue,
                            WalletLedger ledger, Referrals referrals,
                            java.util.function.Supplier<ReferralPolicy> referralPolicy, ServerCatalog servers,
                            ProcessProvisioningTasksUseCase worker, CustomerNotices notices) {
        this.worker = worker;
        this.notices = notices;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.ledger = ledger;
        this.referrals = referrals;
        this.referralPolicy = referralPolicy;
        this.servers = servers;
    }

    /** Must run in the transaction that recorded the payment of exactly {@code order.total()}. */
    public Settled settle(Order order, Instant now) {
        order.markPaid(order.total(), now);
        Optional<ProvisioningTaskId> task = Optional.empty();
        Optional<LedgerEntry> topUp = Optional.empty();
        if (order.kind() == OrderKind.WALLET_TOP_UP) {
            topUp = WalletPostings.creditOnce(ledger, order.customer(), order.total(), LedgerEntryKind.TOP_UP,
                    WalletPostings.topUpKey(order.id()), order.id(), null, now);
            order.fulfil();
        } else {
            SubscriptionId subscription = order.subscription().orElseThrow();
            if (order.kind() == OrderKind.NEW_PURCHASE && servers.find(order.server().orElseThrow()).isPresent()) {
                // Counted under the server's lock, held until this transaction commits with the new subscription.
                subscriptions.lockPlacement(order.server().get());
                if (!ServerPlacement.hasRoom(servers, subscriptions, order.server().get())) {
                    return noRoom(order, now);
                }
            }
            if (order.kind() == OrderKind.NEW_PURCHASE) {
                subscriptions.insert(newSubscription(order, subscription, now));
            }
            ProvisioningTask due = ProvisioningTask.due(order.id(), subscription, now);
            queue.enqueue(due);
            task = Optional.of(due.id());
        }
        orders.update(order);
        return new Settled(order, task, topUp, cashback(order, now));
    }

    /** The money of a purchase whose server has no room any more goes to the wallet, once; nothing is created. */
    private Settled noRoom(Order order, Instant now) {
        String server = order.server().orElseThrow().value();
        order.fail("server " + server + " had no room left when the payment arrived");
        Optional<LedgerEntry> refund = order.total().isPositive()
                ? WalletPostings.creditOnce(ledger, order.customer(), order.total(), LedgerEntryKind.REFUND,
                        WalletPostings.refundKey(order.id()), order.id(), "server " + server + " is full", now)
                : Optional.empty();
        order.refund();
        orders.update(order);
        LOG.log(Level.WARNING, "order {0} was paid after server {1} filled up; {2} went to the wallet",
                order.id(), server, order.total());
        return new Settled(order, Optional.empty(), Optional.empty(), Optional.empty(), refund);
    }

    /** After commit: tells the user (and a referrer) and delivers at once when the panel answers. */
    public Delivery deliver(Settled settled) {
        Order order = settled.order();
        if (order.status() == OrderStatus.REFUNDED) {
            // Only a purchase whose server had no room is refunded while it is settled.
            Money amount = settled.noRoom().map(LedgerEntry::amount).orElse(Money.zero(order.total().currency()));
            Money balance = settled.noRoom().map(LedgerEntry::balanceAfter)
                    .orElseGet(() -> ledger.wallet(order.customer(), order.total().currency()).balance());
            notices.send(order.customer(), new Notice.RefundedToWallet(order.id(), amount, balance,
                    Notice.RefundReason.NO_ROOM));
            return Delivery.delivered(null);
        }
        if (settled.topUp().isPresent()) {
            LedgerEntry entry = settled.topUp().get();
            notices.send(order.customer(), new Notice.WalletToppedUp(order.id(), entry.amount(), entry.balanceAfter()));
        } else if (settled.task().isEmpty()) {
            notices.send(order.customer(), new Notice.PaymentReceived(order.id(), order.total()));
        }
        settled.cashback().ifPresent(cashback -> notices.send(cashback.referrer(),
                new Notice.CashbackCredited(cashback.entry().amount(), cashback.entry().balanceAfter())));
        if (settled.task().isEmpty()) {
            return Delivery.delivered(null);
        }
        Delivery delivery = worker.runNow(settled.task().get());
        if (delivery.status() == Delivery.Status.PENDING) {
            notices.send(order.customer(), new Notice.PaymentReceived(order.id(), order.total()));
        }
        return delivery;
    }

    /** Keeps money that cannot pay its order (closed order, wrong amount) in the payer's wallet, once per payment. */
    public Optional<LedgerEntry> keepInWallet(TelegramUserId payer, Money amount, String paymentKey, Order order,
                                       Instant now) {
        if (!amount.isPositive()) {
            return Optional.empty();
        }
        return WalletPostings.creditOnce(ledger, payer, amount, LedgerEntryKind.UNMATCHED_PAYMENT,
                "unmatched:" + paymentKey, order.id(), "payment did not fit order " + order.id(), now);
    }

    private Subscription newSubscription(Order order, SubscriptionId id, Instant now) {
        // A server removed from the configuration since the order was placed must not lose the payment: the
        // subscription is stored anyway, provisioning fails on it and the order is refunded to the wallet.
        Optional<ServerSettings> server = servers.find(order.server().orElseThrow());
        ClientCredential credential = server.isPresent()
                ? server.get().issueCredential(order.customer(), id)
                : new ClientCredential("tg" + order.customer().value() + "-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString());
        return Subscription.createForPlan(id, order.customer(), SubscriptionKind.PAID, order.server().orElseThrow(),
                credential, order.terms().orElseThrow(), now);
    }

    private Optional<Cashback> cashback(Order order, Instant now) {
        if (order.kind() == OrderKind.WALLET_TOP_UP || !order.total().isPositive()) {
            return Optional.empty();
        }
        Optional<TelegramUserId> referrer = referrals.referrerOf(order.customer());
        if (referrer.isEmpty()) {
            return Optional.empty();
        }
        Money share = referralPolicy.get().cashbackOn(order.total());
        if (!share.isPositive()) {
            return Optional.empty();
        }
        return WalletPostings.creditOnce(ledger, referrer.get(), share, LedgerEntryKind.CASHBACK,
                        WalletPostings.cashbackKey(order.id()), order.id(), null, now)
                .map(entry -> new Cashback(referrer.get(), entry));
    }
}
