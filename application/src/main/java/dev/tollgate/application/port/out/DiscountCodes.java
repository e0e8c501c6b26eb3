package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores promo codes and who redeemed them; {@code (code, user, use number)} is unique, so a user's n-th use of a code
 * is recorded once (most codes allow one use per user).
 */
public interface DiscountCodes {

    /** Inserts a new code; throws {@link DuplicateKeyException} when the code exists. */
    void insert(DiscountCode code);

    /** Writes a changed code (its use count); throws {@link ConcurrentUpdateException} when its version is stale. */
    void update(DiscountCode code);

    Optional<DiscountCode> find(PromoCode code);

    /** Every code, ordered by code. */
    List<DiscountCode> all();

    /** Records that {@code user} used {@code code} on {@code order}; throws {@link DuplicateKeyException} on a second use. */
    default void recordRedemption(PromoCode code, TelegramUserId user, OrderId order, Instant at) {
        recordRedemption(code, user, order, at, 1);
    }

    /** Records the user's {@code useNumber}-th use (from 1); throws {@link DuplicateKeyException} when it is recorded already. */
    void recordRedemption(PromoCode code, TelegramUserId user, OrderId order, Instant at, int useNumber);

    default boolean hasRedeemed(PromoCode code, TelegramUserId user) {
        return redemptions(code, user) > 0;
    }

    /** How many times {@code user} used {@code code}. */
    int redemptions(PromoCode code, TelegramUserId user);
}
