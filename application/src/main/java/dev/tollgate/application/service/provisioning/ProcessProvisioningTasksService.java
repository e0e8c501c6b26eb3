package dev.tollgate.application.service.provisioning;

import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.ProvisioningQueue;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.common.WalletPostings;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;
import dev.tollgate.domain.provisioning.RetryPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers paid orders: computes the subscription as it must be after the order (renewals and upgrades are applied
 * as of the payment time, so a late delivery loses no paid time), pushes it to the panel idempotently, then in one
 * transaction stores it, fulfils the order and closes the task. Failures back off; the last one refunds the order
 * to the wallet and alerts the admins, so no order stays paid without access and without anyone knowing.
 */
public final class ProcessProvisioningTasksService implements ProcessProvisioningTasksUseCase {

    private static final System.Logger LOG = System.getLogger(ProcessProvisioningTasksService.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);

    private enum Outcome { DELIVERED, RETRYING, REFUNDED, NOTHING_TO_DO }

    private final ProvisioningQueue queue;
    private final OrderRepository orders;
    private final SubscriptionRepository subscriptions;
    private final WalletLedger ledger;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final String holder = "provisioning-" + UUID.randomUUID();

    public ProcessProvisioningTasksService(ProvisioningQueue queue, OrderRepository orders,
                                           SubscriptionRepository subscriptions, WalletLedger ledger,
                                           ServerCatalog servers, PanelGateways gateways,
                                           SubscriptionProvisioner provisioner, TransactionRunner transactions,
                                           CustomerNotices notices, RetryPolicy retryPolicy, Clock clock) {
        this.queue = queue;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.notices = notices;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
    }

    @Override
    public Result process(Command command) {
        int delivered = 0;
        int retrying = 0;
        int refunded = 0;
        for (ProvisioningTask task : queue.claimDue(holder, clock.instant(), LEASE, command.batchSize())) {
            switch (work(task).outcome) {
                case DELIVERED -> delivered++;
                case RETRYING -> retrying++;
                case REFUNDED -> refunded++;
                case NOTHING_TO_DO -> { }
            }
        }
        return new Result(delivered, retrying, refunded);
    }

    @Override
    public Delivery runNow(ProvisioningTaskId id) {
        Optional<ProvisioningTask> task = queue.claim(id, holder, clock.instant(), LEASE);
        if (task.isEmpty()) {
            return Delivery.pending();
        }
        Attempt attempt = work(task.get());
        return attempt.outcome == Outcome.DELIVERED && attempt.access != null
                ? Delivery.delivered(attempt.access) : Delivery.pending();
    }

    private record Attempt(Outcome outcome, AccessDetails access) {
    }

    private Attempt work(ProvisioningTask task) {
        Order order = orders.findById(task.order()).orElseThrow(
                () -> new IllegalStateException("task " + task.id() + " names unknown order " + task.order()));
        if (order.status() != OrderStatus.PAID) {
            // Fulfilled by an earlier run that lost its lease, or refunded by an admin: nothing is owed any more.
            queue.complete(task.id(), holder);
            return new Attempt(Outcome.NOTHING_TO_DO, null);
        }
        Subscription current = subscriptions.findById(task.subscription()).orElseThrow(
                () -> new IllegalStateException("task " + task.id() + " names unknown subscription"));
        if (current.status() == SubscriptionStatus.REVOKED) {
            return new Attempt(refund(task, order, task.attempts() + 1, "the subscription was revoked"), null);
        }
        Optional<ServerSettings> server = servers.find(current.server());
        if (server.isEmpty()) {
            return new Attempt(failed(task, order, "server " + current.server() + " is not configured"), null);
        }
        Instant now = clock.instant();
        Subscription target = current.copy();
        apply(order, target, now);
        try {
            PanelClient client = provisioner.clientFor(target, now);
            // Every server the subscription is on (all-locations plans: each of them); each call is idempotent, and the
            // task completes only when all of them took the client.
            for (ServerId on : subscriptions.serversOf(current)) {
                if (!on.equals(current.server()) && servers.find(on).isEmpty()) {
                    LOG.log(Level.WARNING, "{0} is also placed on {1}, which is no longer configured", current.id(), on);
                    continue;
                }
                PanelGateway gateway = gateways.forServer(on);
                gateway.createClient(client);
                // A renewal or upgrade starts a new traffic count; a traffic pack only raises the quota of this one.
                if (order.kind() == OrderKind.RENEWAL || order.kind() == OrderKind.UPGRADE) {
                    gateway.resetTraffic(client);
                }
            }
        } catch (PanelException e) {
            return new Attempt(failed(task, order, e.getMessage() == null ? e.toString() : e.getMessage()), null);
        } catch (RuntimeException e) {
            // Not a panel answer (a bug, a gateway that is not open): still an attempt, so backoff, refund and the
            // admins' alert apply instead of a task that is retried for ever without anyone knowing.
            return new Attempt(failed(task, order, e.toString()), null);
        }
        boolean[] fulfilledHere = new boolean[1];
        Subscription stored;
        try {
            stored = transactions.inTransaction(() -> {
                Order paid = orders.findById(order.id()).orElseThrow();
                Subscription subscription = subscriptions.findById(current.id()).orElseThrow();
                if (paid.status() == OrderStatus.PAID) {
                    apply(paid, subscription, clock.instant());
                    subscriptions.update(subscription);
                    paid.fulfil();
                    orders.update(paid);
                    fulfilledHere[0] = true;
                }
                queue.complete(task.id(), holder);
                return subscriptions.findById(current.id()).orElseThrow();
            });
        } catch (ConcurrentUpdateException raced) {
            // The subscription or order changed while we called the panel (auto-renew switch, another renewal):
            // the panel call is idempotent, so the next attempt redoes it from the stored state.
            return new Attempt(failed(task, order, "changed while it was delivered; trying again"), null);
        }
        if (!fulfilledHere[0]) {
            // Refunded by an admin, or fulfilled by a worker whose lease ran out: nothing to announce, and a client we
            // just pushed for a revoked subscription is taken back.
            if (stored.status() == SubscriptionStatus.REVOKED) {
                for (ServerId on : subscriptions.serversOf(stored)) {
                    try {
                        gateways.forServer(on).deleteClient(provisioner.clientFor(stored, clock.instant()));
                    } catch (PanelException e) {
                        LOG.log(Level.WARNING, "could not remove the client of revoked {0}: {1}", stored.id(), e.getMessage());
                    }
                }
            }
            return new Attempt(Outcome.NOTHING_TO_DO, null);
        }
        AccessDetails access = provisioner.accessFor(stored, server.get());
        notices.send(order.customer(), new Notice.OrderFulfilled(order.id(), access));
        return new Attempt(Outcome.DELIVERED, access);
    }

    /** Applies what the order bought to a subscription: activation, or renewal/upgrade as of the payment time. */
    private static void apply(Order order, Subscription subscription, Instant now) {
        Instant paidAt = order.paidAt().orElseThrow();
        switch (order.kind()) {
            case NEW_PURCHASE -> {
                if (subscription.status() == SubscriptionStatus.PENDING_ACTIVATION) {
                    subscription.activate(now);
                }
            }
            case RENEWAL -> subscription.renew(order.terms().orElseThrow(), paidAt);
            case UPGRADE -> subscription.upgrade(order.terms().orElseThrow(), paidAt);
            case TRAFFIC_PACK -> subscription.addTraffic(order.terms().orElseThrow().traffic(), now);
            case WALLET_TOP_UP -> throw new IllegalStateException("top-ups need no panel");
        }
        if (order.kind() != OrderKind.NEW_PURCHASE && subscription.status() == SubscriptionStatus.PENDING_ACTIVATION) {
            subscription.activate(now);
        }
    }

    private Outcome failed(ProvisioningTask task, Order order, String error) {
        int attempts = task.attempts() + 1;
        if (retryPolicy.exhausted(attempts)) {
            return refund(task, order, attempts, error);
        }
        Instant next = clock.instant().plus(retryPolicy.delayAfter(attempts));
        queue.retryLater(task.id(), holder, attempts, next, error);
        LOG.log(Level.WARNING, "provisioning of order {0} failed (attempt {1}), retrying at {2}: {3}",
                order.id(), attempts, next, error);
        if (attempts == 1) {
            notices.send(order.customer(), new Notice.ProvisioningDelayed(order.id()));
            notices.alert(new AdminAlert.ProvisioningDelayed(order.id(), order.customer(),
                    order.server().orElse(null), attempts, error));
        }
        return Outcome.RETRYING;
    }

    private Outcome refund(ProvisioningTask task, Order order, int attempts, String error) {
        Instant now = clock.instant();
        Optional<LedgerEntry> credited = transactions.inTransaction(() -> {
            Order paid = orders.findById(order.id()).orElseThrow();
            Optional<LedgerEntry> entry = Optional.empty();
            if (paid.status() == OrderStatus.PAID) {
                paid.fail(error);
                if (paid.total().isPositive()) {
                    entry = WalletPostings.creditOnce(ledger, paid.customer(), paid.total(), LedgerEntryKind.REFUND,
                            WalletPostings.refundKey(paid.id()), paid.id(), "provisioning failed", now);
                }
                WalletPostings.reverseCashbackOnce(ledger, paid.id(), now);
                paid.refund();
                orders.update(paid);
                if (paid.kind() == OrderKind.NEW_PURCHASE) {
                    subscriptions.findById(task.subscription())
                            .filter(s -> s.status() != SubscriptionStatus.REVOKED)
                            .ifPresent(s -> {
                                s.revoke();
                                subscriptions.update(s);
                            });
                }
            }
            queue.fail(task.id(), holder, attempts, error);
            return entry;
        });
        // A create that timed out may still have reached the panel: take such a client back, best effort.
        subscriptions.findById(task.subscription())
                .filter(s -> s.status() == SubscriptionStatus.REVOKED && servers.find(s.server()).isPresent())
                .ifPresent(s -> subscriptions.serversOf(s).stream().filter(on -> servers.find(on).isPresent()).forEach(on -> {
                    try {
                        gateways.forServer(on).deleteClient(provisioner.clientFor(s, now));
                    } catch (PanelException e) {
                        LOG.log(Level.WARNING, "could not remove the client of refunded {0}: {1}", s.id(), e.getMessage());
                    }
                }));
        Money amount = credited.map(LedgerEntry::amount).orElse(Money.zero(order.total().currency()));
        Money balance = credited.map(LedgerEntry::balanceAfter)
                .orElseGet(() -> ledger.wallet(order.customer(), order.total().currency()).balance());
        LOG.log(Level.ERROR, "provisioning of order {0} failed for good after {1} attempts; refunded {2}: {3}",
                order.id(), attempts, amount, error);
        notices.send(order.customer(), new Notice.RefundedToWallet(order.id(), amount, balance,
                Notice.RefundReason.PROVISIONING_FAILED));
        notices.alert(new AdminAlert.ProvisioningFailed(order.id(), task.subscription(), order.customer(), amount, error));
        return Outcome.REFUNDED;
    }
}
