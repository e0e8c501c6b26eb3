package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PanelException;
import dev.tollgate.application.port.out.PanelGateways;
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
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Refunds a paid order to the wallet under the order's one refund key, and optionally ends what it bought. */
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

    public RefundOrderService(AdminDirectory admins, OrderRepository orders, SubscriptionRepository subscriptions,
                              WalletLedger ledger, ServerCatalog servers, PanelGateways gateways,
                              SubscriptionProvisioner provisioner, TransactionRunner transactions,
                              CustomerNotices notices, Clock clock) {
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
    }

    private record Done(Order order, Optional<LedgerEntry> entry, Subscription revoked) {
    }

    @Override
    public Result refund(Command command) {
        if (!AdminGuard.allows(admins, command.admin(), "refund " + command.order())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        Instant now = clock.instant();
        Outcome<Reason, Done> outcome = transactions.inTransaction(() -> {
            Optional<Order> found = orders.findById(command.order());
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
            boolean undelivered = order.status() == OrderStatus.PAID;
            Optional<LedgerEntry> entry = order.total().isPositive()
                    ? WalletPostings.creditOnce(ledger, order.customer(), order.total(), LedgerEntryKind.REFUND,
                            WalletPostings.refundKey(order.id()), order.id(), "admin refund", now)
                    : Optional.empty();
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
            return Outcome.of(new Done(order, entry, revoked));
        });
        if (outcome.refusal().isPresent()) {
            return new Refused(outcome.refusal().get());
        }
        Done done = outcome.value();
        if (done.revoked() != null && servers.find(done.revoked().server()).isPresent()) {
            try {
                gateways.forServer(done.revoked().server()).deleteClient(provisioner.clientFor(done.revoked(), now));
            } catch (PanelException e) {
                LOG.log(Level.WARNING, "refunded subscription {0} is revoked but still on its panel: {1}",
                        done.revoked().id(), e.getMessage());
            }
        }
        Money amount = done.entry().map(LedgerEntry::amount).orElse(Money.zero(done.order().total().currency()));
        Money balance = done.entry().map(LedgerEntry::balanceAfter)
                .orElseGet(() -> ledger.wallet(done.order().customer(), amount.currency()).balance());
        notices.send(done.order().customer(),
                new Notice.RefundedToWallet(done.order().id(), amount, balance, Notice.RefundReason.ADMIN_REFUND));
        return new Refunded(amount);
    }
}
