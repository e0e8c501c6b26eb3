package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PanelGateways;
import dev.tollgate.application.port.out.PaymentCheckouts;
import dev.tollgate.application.port.out.PaymentGateway;
import dev.tollgate.application.port.out.PaymentProviderException;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.ServerCatalog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.AdminGuard;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.common.Outcome;
import dev.tollgate.application.service.common.WalletPostings;
import dev.tollgate.application.service.provisioning.SubscriptionProvisioner;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refunds a paid order to the wallet under the order's one refund key, or back through its provider where that can
 * refund, and optionally ends what it bought.
 */
public final class RefundOrderService implements RefundOrderUseCase {

    private static final System.Logger LOG = System.getLogger(RefundOrderService.class.getName());

    private final AdminDirectory admins;
    private final OrderRepository orders;
    private final SubscriptionRepository subscriptions;
    private final WalletLedger ledger;
    private final ServerCatalog servers;
    private final PanelGateways gateways;
    private final SubscriptionProvisioner provisioner;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;
    private final PaymentRepository payments;
    private final PaymentCheckouts requests;
    private final Map<PaymentProvider, PaymentGateway> providers = new EnumMap<>(PaymentProvider.class);

    public RefundOrderService(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
                              WalletLedger ledger, ServerCatalog servers, PanelGateways gateways,
                              SubscriptionProvisioner provisioner, TransactionRunner transactions,
                              CustomerNotices notices, Clock clock) {
        this(admins, orders, subscriptions, ledger, servers, gateways, provisioner, transactions, notices, clock, null,
                null, List.of());
    }

    /**
     * With the payments, the open provider requests (where a refund asked of a provider is kept until recorded) and
     * the providers that can refund, for {@link Destination#PROVIDER}.
     */
    public RefundOrderService(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
                              WalletLedger ledger, ServerCatalog servers, PanelGateways gateways,
                              SubscriptionProvisioner provisioner, TransactionRunner transactions,
                              CustomerNotices notices, Clock clock, PaymentRepository payments,
                              PaymentCheckouts requests, List<PaymentGateway> providers) {
        this.requests = requests;
        this.admins = admins;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.servers = servers;
        this.gateways = gateways;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
        this.payments = payments;
        providers.stream().filter(gateway -> gateway.capabilities().contains(PaymentGateway.Capability.REFUND))
                .forEach(gateway -> this.providers.put(gateway.provider(), gateway));
    }

    private record Done(Order order, Optional<LedgerEntry> entry, Subscription revoked) {
    }

    @Override
    public Result refund(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "refund " + command.order())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        if (command.destination() == Destination.PROVIDER) {
            return refundThroughProvider(command);
        }
        Instant now = clock.instant();
        Outcome<Reason, Done> outcome = transactions.inTransaction(() -> {
            Outcome<Reason, Order> refundable = refundable(orders.findById(command.order()));
            if (refundable.refusal().isPresent()) {
                return Outcome.refused(refundable.refusal().get());
            }
            Order order = refundable.value();
            if (providerRefundInFlight(order)) {
                // The provider may have given the money back already (its answer was never recorded): only asking it
                // again can tell, so the wallet is not credited on top.
                return Outcome.refused(Reason.PROVIDER_REFUND_IN_FLIGHT);
            }
            Optional<LedgerEntry> entry = order.total().isPositive()
                    ? WalletPostings.creditOnce(ledger, order.customer(), order.total(), LedgerEntryKind.REFUND,
                            WalletPostings.refundKey(order.id()), order.id(), "admin refund", now)
                    : Optional.empty();
            return Outcome.of(close(order, command, entry, now));
        });
        if (outcome.refusal().isPresent()) {
            return new Refused(outcome.refusal().get());
        }
        Done done = outcome.value();
        removeFromPanel(done, now);
        Money amount = done.entry().map(LedgerEntry::amount).orElse(Money.zero(done.order().total().currency()));
        Money balance = done.entry().map(LedgerEntry::balanceAfter)
                .orElseGet(() -> ledger.wallet(done.order().customer(), amount.currency()).balance());
        notices.send(done.order().customer(),
                new Notice.RefundedToWallet(done.order().id(), amount, balance, Notice.RefundReason.ADMIN_REFUND));
        return new Refunded(amount);
    }

    private boolean providerRefundInFlight(Order order) {
        return payments != null && requests != null && payments.findByOrder(order.id()).stream()
                .filter(payment -> providers.containsKey(payment.provider()))
                .anyMatch(payment -> requests.isOpen(payment.provider(), requestId(payment)));
    }

    private static String requestId(Payment payment) {
        return "refund:" + payment.externalId();
    }

    /** The order, if it can be refunded. */
    private static Outcome<Reason, Order> refundable(Optional<Order> found) {
        if (found.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_ORDER);
        }
        Order order = found.get();
        if (order.status() == OrderStatus.REFUNDED) {
            return Outcome.refused(Reason.ALREADY_REFUNDED);
        }
        if (!order.status().isPaid()) {
            return Outcome.refused(Reason.NOT_PAID);
        }
        if (order.kind() == OrderKind.WALLET_TOP_UP) {
            return Outcome.refused(Reason.NOT_REFUNDABLE);
        }
        return Outcome.of(order);
    }

    /** Inside the refund's transaction: the order is refunded, the cashback reversed, the subscription revoked. */
    private Done close(Order order, Command command, Optional<LedgerEntry> entry, Instant now) {
        boolean undelivered = order.status() == OrderStatus.PAID;
        WalletPostings.reverseCashbackOnce(ledger, order.id(), now);
        order.refund();
        orders.update(order);
        Subscription revoked = null;
        boolean revoke = command.revokeAccess() || (undelivered && order.kind() == OrderKind.NEW_PURCHASE);
        if (revoke && order.kind() == OrderKind.NEW_PURCHASE) {
            Subscription subscription = subscriptions.findById(order.subscription().orElseThrow()).orElseThrow();
            if (subscription.status() != SubscriptionStatus.REVOKED) {
                subscription.revoke();
                subscriptions.update(subscription);
                revoked = subscription;
            }
        }
        return new Done(order, entry, revoked);
    }

    private void removeFromPanel(Done done, Instant now) {
        if (done.revoked() == null) {
            return;
        }
        for (dev.tollgate.domain.server.ServerId on : subscriptions.serversOf(done.revoked())) {
            if (servers.find(on).isEmpty()) {
                continue;
            }
            try {
                gateways.forServer(on).deleteClient(provisioner.clientFor(done.revoked(), now));
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "refunded subscription {0} is revoked but still on panel {1}: {2}",
                        done.revoked().id(), on, e.getMessage());
            }
        }
    }

    /**
     * The provider is asked first, outside any transaction; only its yes is recorded. A crash in between leaves the
     * order paid: asked again, the provider answers that it refunded already, and that is recorded, once.
     */
    private Result refundThroughProvider(Command command) {
        Outcome<Reason, Payment> checked = transactions.inTransaction(() -> {
            Outcome<Reason, Order> refundable = refundable(orders.findById(command.order()));
            if (refundable.refusal().isPresent()) {
                return Outcome.refused(refundable.refusal().get());
            }
            Optional<Payment> paid = payments == null ? Optional.empty() : payments.findByOrder(command.order()).stream()
                    .filter(payment -> payment.status() == PaymentStatus.CONFIRMED)
                    .filter(payment -> providers.containsKey(payment.provider()))
                    .findFirst();
            return paid.isPresent() ? Outcome.of(paid.get()) : Outcome.refused(Reason.PROVIDER_CANNOT_REFUND);
        });
        if (checked.refusal().isPresent()) {
            return new Refused(checked.refusal().get());
        }
        Payment payment = checked.value();
        if (requests != null) {
            try {
                transactions.run(() -> requests.open(new PaymentCheckouts.Checkout(payment.provider(), requestId(payment),
                        command.order(), clock.instant())));
            } catch (DuplicateKeyException asked) {
                // Asked before: open it again for this attempt (if it is still open, an earlier answer was never
                // recorded, and asking again is how to learn it).
                transactions.run(() -> requests.reopen(payment.provider(), requestId(payment)));
            }
        }
        PaymentGateway.RefundOutcome said;
        try {
            said = providers.get(payment.provider()).refund(payment);
        } catch (PaymentProviderException e) {
            said = new PaymentGateway.RefundRefused(e.getMessage());
        }
        if (said instanceof PaymentGateway.RefundRefused refused) {
            LOG.log(Level.WARNING, "{0} refused to refund payment {1} of order {2}: {3}; the order stays paid",
                    payment.provider(), payment.externalId(), command.order(), refused.reason());
            closeRequest(payment);
            return new ProviderRefused(payment.provider(), refused.reason());
        }
        Instant now = clock.instant();
        Outcome<Reason, Done> outcome = transactions.inTransaction(() -> {
            Outcome<Reason, Order> refundable = refundable(orders.findById(command.order()));
            if (refundable.refusal().isPresent()) {
                return Outcome.refused(refundable.refusal().get());
            }
            Done closed = close(refundable.value(), command, Optional.empty(), now);
            if (requests != null) {
                requests.close(payment.provider(), requestId(payment), now);
            }
            return Outcome.of(closed);
        });
        if (outcome.refusal().isPresent()) {
            closeRequest(payment);
            return new Refused(outcome.refusal().get());
        }
        Done done = outcome.value();
        removeFromPanel(done, now);
        notices.send(done.order().customer(),
                new Notice.RefundedToProvider(done.order().id(), payment.amount(), payment.provider()));
        return new RefundedByProvider(payment.amount(), payment.provider());
    }

    private void closeRequest(Payment payment) {
        if (requests != null) {
            transactions.run(() -> requests.close(payment.provider(), requestId(payment), clock.instant()));
        }
    }
}
