package dev.tollgate.domain.order;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A priced request to buy something: a new subscription, a renewal, an upgrade or a wallet top-up. The plan's terms
 * are frozen into the order when it is placed, and the amount due is {@code listPrice - discount - credit}, never
 * below zero. Only a payment of exactly that amount and currency marks it paid.
 */
public final class Order {

    private final OrderId id;
    private final TelegramUserId customer;
    private final OrderKind kind;
    private final PlanTerms terms;
    private final SubscriptionId subscription;
    private final ServerId server;
    private final Money listPrice;
    private final Money discount;
    private final Money credit;
    private final PromoCode promoCode;
    private final Instant createdAt;
    private final Instant payBy;
    private OrderStatus status;
    private Instant paidAt;
    private String failure;
    private final long version;

    private Order(OrderId id, TelegramUserId customer, OrderKind kind, PlanTerms terms, SubscriptionId subscription,
                  ServerId server, Money listPrice, Money discount, Money credit, PromoCode promoCode,
                  Instant createdAt, Instant payBy, OrderStatus status, Instant paidAt, String failure, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.listPrice = Objects.requireNonNull(listPrice, "listPrice");
        this.discount = Objects.requireNonNull(discount, "discount");
        this.credit = Objects.requireNonNull(credit, "credit");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.payBy = Objects.requireNonNull(payBy, "payBy");
        this.status = Objects.requireNonNull(status, "status");
        this.terms = terms;
        this.subscription = subscription;
        this.server = server;
        this.promoCode = promoCode;
        this.paidAt = paidAt;
        this.failure = failure;
        this.version = version;
        if (listPrice.isNegative() || discount.isNegative() || credit.isNegative()) {
            throw new IllegalArgumentException("prices, discounts and credits cannot be negative");
        }
        if (discount.currency() != listPrice.currency() || credit.currency() != listPrice.currency()) {
            throw new IllegalArgumentException("an order is priced in one currency");
        }
        if (kind == OrderKind.WALLET_TOP_UP) {
            if (terms != null || subscription != null || !listPrice.isPositive()) {
                throw new IllegalArgumentException("a top-up carries a positive amount and no plan or subscription");
            }
        } else if (terms == null || subscription == null || server == null) {
            throw new IllegalArgumentException(kind + " needs plan terms, a subscription and a server");
        }
        if (kind != OrderKind.UPGRADE && credit.isPositive()) {
            throw new IllegalArgumentException("only an upgrade carries a credit");
        }
    }

    /**
     * Places an order; {@code subscription} is the subscription to create (new purchase) or to change (renewal,
     * upgrade), so the order knows it before it is paid. It must be paid within {@code payWithin}.
     */
    public static Order place(OrderId id, TelegramUserId customer, OrderKind kind, PlanTerms terms,
                              SubscriptionId subscription, ServerId server, Money listPrice, Money discount,
                              Money credit, PromoCode promoCode, Instant now, Duration payWithin) {
        return new Order(id, customer, kind, terms, subscription, server, listPrice, discount, credit, promoCode,
                now, now.plus(payWithin), OrderStatus.CREATED, null, null, 0);
    }

    /** A wallet top-up of {@code amount}. */
    public static Order topUp(OrderId id, TelegramUserId customer, Money amount, Instant now, Duration payWithin) {
        return place(id, customer, OrderKind.WALLET_TOP_UP, null, null, null, amount, Money.zero(amount.currency()),
                Money.zero(amount.currency()), null, now, payWithin);
    }

    public static Order rehydrate(OrderId id, TelegramUserId customer, OrderKind kind, PlanTerms terms,
                                  SubscriptionId subscription, ServerId server, Money listPrice, Money discount,
                                  Money credit, PromoCode promoCode, Instant createdAt, Instant payBy,
                                  OrderStatus status, Instant paidAt, String failure, long version) {
        return new Order(id, customer, kind, terms, subscription, server, listPrice, discount, credit, promoCode,
                createdAt, payBy, status, paidAt, failure, version);
    }

    /** What the user has to pay: list price less discount and credit, never below zero. */
    public Money total() {
        return listPrice.minusOrZero(discount).minusOrZero(credit);
    }

    /** An invoice or payment instructions were sent. */
    public void awaitPayment() {
        status = status.moveTo(OrderStatus.AWAITING_PAYMENT);
    }

    /** Whether the payment window is over at {@code now}. */
    public boolean isOverdue(Instant now) {
        return status.acceptsPayment() && !payBy.isAfter(now);
    }

    /** Money arrived; it must match the total exactly, in amount and currency, or the order stays unpaid. */
    public void markPaid(Money received, Instant now) {
        if (!received.equals(total())) {
            throw new PaymentMismatchException(id, total(), received);
        }
        status = status.moveTo(OrderStatus.PAID);
        paidAt = now;
    }

    /** The subscription or the wallet holds what was bought. */
    public void fulfil() {
        status = status.moveTo(OrderStatus.FULFILLED);
    }

    /** Delivery failed for good; the order must be refunded next. */
    public void fail(String reason) {
        status = status.moveTo(OrderStatus.FAILED);
        failure = Objects.requireNonNull(reason, "reason");
    }

    /** The money went back to the user's wallet. */
    public void refund() {
        status = status.moveTo(OrderStatus.REFUNDED);
    }

    public void cancel() {
        status = status.moveTo(OrderStatus.CANCELLED);
    }

    public void expire(Instant now) {
        if (!isOverdue(now)) {
            throw new IllegalStateException("order " + id + " is not overdue at " + now);
        }
        status = status.moveTo(OrderStatus.EXPIRED);
    }

    public OrderId id() {
        return id;
    }

    public TelegramUserId customer() {
        return customer;
    }

    public OrderKind kind() {
        return kind;
    }

    /** The plan terms sold; empty for a top-up. */
    public Optional<PlanTerms> terms() {
        return Optional.ofNullable(terms);
    }

    /** The subscription created or changed; empty for a top-up. */
    public Optional<SubscriptionId> subscription() {
        return Optional.ofNullable(subscription);
    }

    public Optional<ServerId> server() {
        return Optional.ofNullable(server);
    }

    public Money listPrice() {
        return listPrice;
    }

    public Money discount() {
        return discount;
    }

    public Money credit() {
        return credit;
    }

    public Optional<PromoCode> promoCode() {
        return Optional.ofNullable(promoCode);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant payBy() {
        return payBy;
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public long version() {
        return version;
    }
}
