package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;

/** The record of who has claimed their one free trial; the store's unique key makes a second claim impossible. */
public interface TrialClaims {

    boolean hasClaimed(TelegramUserId user);

    /** Records the claim; throws {@link DuplicateKeyException} when this user already claimed one. */
    void record(TelegramUserId user, SubscriptionId subscription, Instant claimedAt);
}
