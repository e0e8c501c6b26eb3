package dev.tollgate.domain.subscription;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;

/**
 * Subscriptions adopted from existing panel clients (an import): they keep what the panel kept, the credential, the
 * quota and the traffic used, and the expiry, which may be none at all ({@link #neverExpires}), or a term that starts
 * at the first traffic.
 */
public final class Adoption {

    /** The term given to an adopted client that never expires, or whose term is already over (renewals replace it). */
    public static final Duration NOMINAL_TERM = Duration.ofDays(30);

    private Adoption() {
    }

    /**
     * The subscription for a panel client: active from {@code now}, or already expired or limited when the panel's
     * client is; {@code expiresAt} null means never; a {@code startOnFirstUse} term of a client without traffic waits
     * for the first traffic.
     */
    public static Subscription adopt(SubscriptionId id, TelegramUserId owner, ServerId server, ClientCredential credential,
                                     DataSize quota, DataSize used, Instant expiresAt, Duration startOnFirstUse,
                                     int deviceLimit, Instant now) {
        boolean delayed = startOnFirstUse != null && startOnFirstUse.compareTo(Duration.ZERO) > 0 && used.isZero();
        Instant expiry = delayed ? null : expiresAt;
        Duration term = delayed ? startOnFirstUse
                : expiry != null && expiry.isAfter(now) ? Duration.between(now, expiry) : NOMINAL_TERM;
        SubscriptionStatus status = SubscriptionStatus.ACTIVE;
        if (expiry != null && !expiry.isAfter(now)) {
            status = SubscriptionStatus.EXPIRED;
        } else if (!quota.isZero() && used.compareTo(quota) >= 0) {
            status = SubscriptionStatus.LIMITED;
        }
        return Subscription.rehydrate(id, owner, SubscriptionKind.GRANT, server, credential, term, quota, now, status, now,
                expiry, null, used, deviceLimit, delayed, false, null, 0);
    }

    /**
     * Whether the subscription's term has no end at all (only an adopted client that never expired has that); renewing
     * gives it one. Activation otherwise always sets an expiry, unless the term waits for the first traffic.
     */
    public static boolean neverExpires(Subscription subscription) {
        return subscription.activatedAt().isPresent() && subscription.expiresAt().isEmpty()
                && !subscription.startOnFirstUse() && subscription.status() != SubscriptionStatus.REVOKED;
    }
}
