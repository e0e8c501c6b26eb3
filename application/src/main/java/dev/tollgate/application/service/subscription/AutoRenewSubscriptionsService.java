package dev.tollgate.application.service.subscription;

import dev.tollgate.application.port.in.AutoRenewSubscriptionsUseCase;
import dev.tollgate.application.port.out.AutoRenewClaims;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.PlanRepository;
import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.application.service.common.CustomerNotices;
import dev.tollgate.application.service.common.WalletPostings;
import dev.tollgate.application.service.ordering.OrderSettlement;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderKind;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Renews from the wallet what the user asked to renew automatically. The claim of {@code (subscription, period)},
 * the renewal order, its wallet payment and its provisioning task are written in one transaction, so two overlapping
 * runs renew a period once; a wallet that does not cover the price gets one notice per period.
 */
public final class AutoRenewSubscriptionsService implements AutoRenewSubscriptionsUseCase {

    private static final System.Logger LOG = System.getLogger(AutoRenewSubscriptionsService.class.getName());

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final WalletLedger ledger;
    private final AutoRenewClaims claims;
    private final ReminderLog reminderLog;
    private final OrderSettlement settlement;
    private final TransactionRunner transactions;
    private final CustomerNotices notices;
    private final Clock clock;

    public AutoRenewSubscriptionsService(SubscriptionRepository subscriptions, PlanRepository plans,
                                         OrderRepository orders, PaymentRepository payments, WalletLedger ledger,
                                         AutoRenewClaims claims, ReminderLog reminderLog, OrderSettlement settlement,
                                         TransactionRunner transactions, CustomerNotices notices, Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.orders = orders;
        this.payments = payments;
        this.ledger = ledger;
        this.claims = claims;
        this.reminderLog = reminderLog;
        this.settlement = settlement;
        this.transactions = transactions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Result renew(Command command) {
        Instant now = clock.instant();
        int renewed = 0;
        int unaffordable = 0;
        for (Subscription subscription : subscriptions.findByStatus(
                Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.LIMITED))) {
            if (!due(subscription, now, command.window())) {
                continue;
            }
            Instant period = subscription.expiresAt().orElseThrow();
            if (claims.find(subscription.id(), period).isPresent()) {
                continue;
            }
            Optional<Plan> plan = plans.findById(subscription.plan().orElseThrow());
            Optional<Money> price = plan.flatMap(p -> affordablePrice(subscription, p));
            if (plan.isEmpty() || price.isEmpty()) {
                unaffordable++;
                tellUnaffordable(subscription, plan, period, now);
                continue;
            }
            try {
                OrderSettlement.Settled settled = transactions.inTransaction(
                        () -> renewFromWallet(subscription, plan.get(), price.get(), period, now));
                if (settled == null) {
                    unaffordable++;
                    continue;
                }
                settlement.deliver(settled);
                notices.send(subscription.owner(),
                        new Notice.AutoRenewed(subscription.id(), settled.order().id(), price.get()));
                renewed++;
            } catch (DuplicateKeyException | ConcurrentUpdateException otherRun) {
                LOG.log(Level.DEBUG, "auto-renewal of {0} was taken by another run", subscription.id());
            }
        }
        return new Result(renewed, unaffordable);
    }

    private static boolean due(Subscription subscription, Instant now, Duration window) {
        return subscription.autoRenew() && subscription.plan().isPresent() && subscription.expiresAt().isPresent()
                && (subscription.status() == SubscriptionStatus.LIMITED
                || !subscription.expiresAt().get().isAfter(now.plus(window)));
    }

    private Optional<Money> affordablePrice(Subscription subscription, Plan plan) {
        return ledger.wallets(subscription.owner()).stream()
                .flatMap(wallet -> plan.priceIn(wallet.currency()).filter(wallet::covers).stream())
                .findFirst();
    }

    private OrderSettlement.Settled renewFromWallet(Subscription subscription, Plan plan, Money price, Instant period,
                                                    Instant now) {
        Wallet wallet = ledger.wallet(subscription.owner(), price.currency());
        if (!wallet.covers(price)) {
            return null;
        }
        Order order = Order.place(OrderId.random(), subscription.owner(), OrderKind.RENEWAL, plan.terms(),
                subscription.id(), subscription.server(), price, Money.zero(price.currency()),
                Money.zero(price.currency()), null, now, Duration.ofMinutes(1));
        orders.insert(order);
        claims.claim(subscription.id(), period, order.id(), now);
        payments.record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(), PaymentProvider.WALLET,
                order.id().toString(), price, now));
        if (price.isPositive()) {
            ledger.append(wallet.debit(price, LedgerEntryKind.PAYMENT, WalletPostings.paymentKey(order.id()),
                    order.id(), "auto-renewal", now));
        }
        return settlement.settle(order, now);
    }

    private void tellUnaffordable(Subscription subscription, Optional<Plan> plan, Instant period, Instant now) {
        ReminderKey key = new ReminderKey(subscription.id(), ReminderKind.AUTO_RENEW_UNAFFORDABLE, period);
        try {
            transactions.run(() -> reminderLog.record(key, now));
        } catch (DuplicateKeyException toldAlready) {
            return;
        }
        Money price = plan.flatMap(p -> p.prices().values().stream().findFirst()).orElse(null);
        Money balance = price == null ? null : ledger.wallet(subscription.owner(), price.currency()).balance();
        if (!notices.send(subscription.owner(), new Notice.AutoRenewUnaffordable(subscription.id(), price, balance))) {
            transactions.run(() -> reminderLog.remove(key));
        }
    }
}
