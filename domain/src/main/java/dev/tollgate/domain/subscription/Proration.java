package dev.tollgate.domain.subscription;

import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;

/**
 * The credit an upgrade gives for the unused part of the current plan: its price times the smaller of the unused
 * share of the time and the unused share of the traffic, rounded down. Taking the smaller share stops a user from
 * using up the traffic and then upgrading for the full time credit.
 */
public final class Proration {

    private Proration() {
    }

    /** The credit for {@code subscription} bought at {@code paidPrice}, at {@code now}; zero when nothing is left. */
    public static Money credit(Subscription subscription, Money paidPrice, Instant now) {
        if (paidPrice.isNegative()) {
            throw new IllegalArgumentException("a price cannot be negative: " + paidPrice);
        }
        if (subscription.status() == SubscriptionStatus.REVOKED || subscription.status() == SubscriptionStatus.EXPIRED) {
            return Money.zero(paidPrice.currency());
        }
        long termSeconds = Math.max(1, subscription.term().getSeconds());
        Duration left = subscription.remainingTime(now);
        long leftSeconds = Math.min(termSeconds, left.getSeconds());
        Money timeShare = paidPrice.fraction(leftSeconds, termSeconds);
        if (subscription.quota().isZero()) {
            return timeShare;
        }
        long quota = subscription.quota().bytes();
        long left2 = subscription.remainingTraffic().orElseThrow().bytes();
        Money trafficShare = paidPrice.fraction(left2, quota);
        return timeShare.compareTo(trafficShare) <= 0 ? timeShare : trafficShare;
    }
}
