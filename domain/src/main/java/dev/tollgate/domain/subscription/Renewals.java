package dev.tollgate.domain.subscription;

import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.time.Instant;

/**
 * The term and traffic arithmetic of a subscription: renewals under the plan's policy, upgrades, an admin's extension
 * and traffic reset, and traffic packs. The credential is never touched; a revoked subscription changes no more.
 * Called only by {@link Subscription}, whose public methods document each rule.
 */
final class Renewals {

    private Renewals() {
    }

    static void renew(Subscription s, PlanTerms terms, Instant now) {
        s.requireRenewable();
        s.catchUpSuspension(now);
        RenewalPolicy policy = terms.renewal();
        boolean stackDays = policy.days() == RenewalPolicy.Mode.STACK;
        if (s.status == SubscriptionStatus.PENDING_ACTIVATION || s.awaitingFirstUse()) {
            s.term = stackDays ? s.term.plus(terms.duration()) : terms.duration();
        } else {
            Instant base = stackDays && s.expiresAt != null && s.expiresAt.isAfter(now) ? s.expiresAt : now;
            s.expiresAt = base.plus(terms.duration());
            s.term = terms.duration();
        }
        s.quota = renewedQuota(s, terms, policy.traffic() == RenewalPolicy.Mode.STACK);
        s.trafficUsed = DataSize.ZERO;
        s.plan = terms.plan();
        s.deviceLimit = terms.deviceLimit();
        if (s.status == SubscriptionStatus.LIMITED || s.status == SubscriptionStatus.EXPIRED) {
            s.status = s.status.moveTo(SubscriptionStatus.ACTIVE);
        }
    }

    static void upgrade(Subscription s, PlanTerms terms, Instant now) {
        s.requireRenewable();
        s.catchUpSuspension(now);
        // The upgrade credit pays back at most one old term; time stacked beyond it by earlier renewals was paid for
        // too, so it is carried over as time rather than lost.
        Duration carried = Duration.ZERO;
        if (s.status != SubscriptionStatus.PENDING_ACTIVATION && s.expiresAt != null && s.expiresAt.isAfter(now)) {
            Duration beyondOneTerm = Duration.between(now, s.expiresAt).minus(s.term);
            carried = beyondOneTerm.isNegative() ? Duration.ZERO : beyondOneTerm;
        }
        s.term = terms.duration();
        s.quota = terms.traffic();
        s.trafficUsed = DataSize.ZERO;
        s.plan = terms.plan();
        s.deviceLimit = terms.deviceLimit();
        if (s.status != SubscriptionStatus.PENDING_ACTIVATION) {
            s.expiresAt = now.plus(s.term).plus(carried);
            if (s.status != SubscriptionStatus.ACTIVE && s.status != SubscriptionStatus.SUSPENDED) {
                s.status = s.status.moveTo(SubscriptionStatus.ACTIVE);
            }
        }
    }

    static void resetTraffic(Subscription s) {
        s.requireRenewable();
        s.trafficUsed = DataSize.ZERO;
        s.status = s.status == SubscriptionStatus.LIMITED ? s.status.moveTo(SubscriptionStatus.ACTIVE) : s.status;
    }

    static void extend(Subscription s, Duration extraTime, DataSize extraTraffic, Instant now) {
        s.requireRenewable();
        s.catchUpSuspension(now);
        if (extraTime.isNegative()) {
            throw new IllegalArgumentException("an extension cannot be negative: " + extraTime);
        }
        if (s.status == SubscriptionStatus.PENDING_ACTIVATION || s.awaitingFirstUse()) {
            s.term = s.term.plus(extraTime);
        } else {
            Instant base = s.expiresAt != null && s.expiresAt.isAfter(now) ? s.expiresAt : now;
            s.expiresAt = base.plus(extraTime);
        }
        if (!s.quota.isZero()) {
            s.quota = s.quota.plus(extraTraffic);
        }
        if ((s.status == SubscriptionStatus.LIMITED || s.status == SubscriptionStatus.EXPIRED)
                && !s.quotaUsedUp() && !s.isPastExpiry(now)) {
            s.status = s.status.moveTo(SubscriptionStatus.ACTIVE);
        }
    }

    static void addTraffic(Subscription s, DataSize extra, Instant now) {
        s.requireRenewable();
        if (extra.isZero() || s.quota.isZero()) {
            throw new IllegalStateException("a pack adds traffic to a quota: " + extra + " to " + s.quota + " of " + s.id());
        }
        s.quota = s.quota.plus(extra);
        if (s.status == SubscriptionStatus.LIMITED && !s.quotaUsedUp() && !s.isPastExpiry(now)) {
            s.status = s.status.moveTo(SubscriptionStatus.ACTIVE);
        }
    }

    private static DataSize renewedQuota(Subscription s, PlanTerms terms, boolean stackTraffic) {
        if (terms.unlimitedTraffic()) {
            return DataSize.ZERO;
        }
        if (!stackTraffic || s.quota.isZero()) {
            return terms.traffic();
        }
        return s.quota.minusOrZero(s.trafficUsed).plus(terms.traffic());
    }
}
