package dev.tollgate.domain.payment;

/** Where money comes from; together with the provider's own id of the payment it identifies a payment uniquely. */
public enum PaymentProvider {
    TELEGRAM_STARS,
    TELEGRAM_PAYMENTS,
    CRYPTO_BOT,
    /** A bank transfer proven by a receipt photo; an admin approves or rejects it. */
    CARD_TO_CARD,
    /** The user's own wallet balance. */
    WALLET;

    /** Whether a payment from this provider waits for an admin before it counts. */
    public boolean needsReview() {
        return this == CARD_TO_CARD;
    }
}
