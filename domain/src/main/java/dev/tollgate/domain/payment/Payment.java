package dev.tollgate.domain.payment;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Money a provider reports for an order, recorded once: {@code (provider, externalId)} is unique, so a replayed
 * callback or receipt is refused by the store. Card-to-card receipts wait for an admin; every other provider's
 * payment is confirmed when recorded.
 */
public final class Payment {

    private final PaymentId id;
    private final OrderId order;
    private final TelegramUserId payer;
    private final PaymentProvider provider;
    private final String externalId;
    private final Money amount;
    private final Instant receivedAt;
    private final String receipt;
    private PaymentStatus status;
    private Instant decidedAt;
    private TelegramUserId decidedBy;
    private final long version;

    private Payment(PaymentId id, OrderId order, TelegramUserId payer, PaymentProvider provider, String externalId,
                    Money amount, Instant receivedAt, String receipt, PaymentStatus status, Instant decidedAt,
                    TelegramUserId decidedBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.order = Objects.requireNonNull(order, "order");
        this.payer = Objects.requireNonNull(payer, "payer");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.externalId = Objects.requireNonNull(externalId, "externalId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.receipt = receipt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.version = version;
        if (externalId.isBlank() || externalId.length() > 200) {
            throw new IllegalArgumentException("an external payment id is 1 to 200 characters");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a payment cannot be negative: " + amount);
        }
    }

    /** A provider confirmed the payment (Stars, Telegram Payments, CryptoBot, wallet). */
    public static Payment confirmed(PaymentId id, OrderId order, TelegramUserId payer, PaymentProvider provider,
                                    String externalId, Money amount, Instant now) {
        if (provider.needsReview()) {
            throw new IllegalArgumentException(provider + " payments wait for review");
        }
        return new Payment(id, order, payer, provider, externalId, amount, now, null, PaymentStatus.CONFIRMED, now,
                null, 0);
    }

    /** A card-to-card receipt; {@code receipt} is the messenger's id of the photo or document. */
    public static Payment receipt(PaymentId id, OrderId order, TelegramUserId payer, String externalId, Money amount,
                                  String receipt, Instant now) {
        return new Payment(id, order, payer, PaymentProvider.CARD_TO_CARD, externalId, amount, now,
                Objects.requireNonNull(receipt, "receipt"), PaymentStatus.AWAITING_REVIEW, null, null, 0);
    }

    public static Payment rehydrate(PaymentId id, OrderId order, TelegramUserId payer, PaymentProvider provider,
                                    String externalId, Money amount, Instant receivedAt, String receipt,
                                    PaymentStatus status, Instant decidedAt, TelegramUserId decidedBy, long version) {
        return new Payment(id, order, payer, provider, externalId, amount, receivedAt, receipt, status, decidedAt,
                decidedBy, version);
    }

    /** An admin accepts the receipt: the money counts from now. */
    public void approve(TelegramUserId admin, Instant now) {
        status = status.moveTo(PaymentStatus.CONFIRMED);
        decidedBy = Objects.requireNonNull(admin, "admin");
        decidedAt = now;
    }

    /** An admin refuses the receipt: nothing is credited. */
    public void reject(TelegramUserId admin, Instant now) {
        status = status.moveTo(PaymentStatus.REJECTED);
        decidedBy = Objects.requireNonNull(admin, "admin");
        decidedAt = now;
    }

    public PaymentId id() {
        return id;
    }

    public OrderId order() {
        return order;
    }

    public TelegramUserId payer() {
        return payer;
    }

    public PaymentProvider provider() {
        return provider;
    }

    public String externalId() {
        return externalId;
    }

    public Money amount() {
        return amount;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<String> receipt() {
        return Optional.ofNullable(receipt);
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<TelegramUserId> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public long version() {
        return version;
    }
}
