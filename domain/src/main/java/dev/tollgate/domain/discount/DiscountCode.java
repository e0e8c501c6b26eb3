package dev.tollgate.domain.discount;

import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A promo code: a percentage or a fixed amount off, valid in a window, for at most {@code usageLimit} orders in total
 * (zero means no limit), at most {@code usesPerUser} times per user (once unless said otherwise; the store counts a
 * user's redemptions), and on every plan or only on the plans it names.
 */
public final class DiscountCode {

    /** Why a code does not apply. */
    public enum Refusal {
        INACTIVE, NOT_YET_VALID, EXPIRED, USED_UP, WRONG_CURRENCY
    }

    private final PromoCode code;
    private final DiscountKind kind;
    private final int percent;
    private final Money amount;
    private final Instant validFrom;
    private final Instant validUntil;
    private final int usageLimit;
    private int timesUsed;
    private boolean active;
    private java.util.Set<dev.tollgate.domain.plan.PlanId> plans = java.util.Set.of();
    private int usesPerUser = 1;
    private final long version;

    private DiscountCode(PromoCode code, DiscountKind kind, int percent, Money amount, Instant validFrom,
                         Instant validUntil, int usageLimit, int timesUsed, boolean active, long version) {
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.percent = percent;
        this.amount = amount;
        this.usageLimit = usageLimit;
        this.timesUsed = timesUsed;
        this.active = active;
        this.version = version;
        if (kind == DiscountKind.PERCENT && (percent < 1 || percent > 100 || amount != null)) {
            throw new IllegalArgumentException("a percent code takes 1 to 100 per cent off and no amount");
        }
        if (kind == DiscountKind.FIXED_AMOUNT && (amount == null || !amount.isPositive())) {
            throw new IllegalArgumentException("a fixed-amount code takes a positive amount off");
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("a code's window must end after it starts");
        }
        if (usageLimit < 0 || timesUsed < 0 || (usageLimit > 0 && timesUsed > usageLimit)) {
            throw new IllegalArgumentException("usage " + timesUsed + " of " + usageLimit + " is impossible");
        }
    }

    public static DiscountCode percent(PromoCode code, int percent, Instant validFrom, Instant validUntil,
                                       int usageLimit) {
        return new DiscountCode(code, DiscountKind.PERCENT, percent, null, validFrom, validUntil, usageLimit, 0, true, 0);
    }

    public static DiscountCode fixedAmount(PromoCode code, Money amount, Instant validFrom, Instant validUntil,
                                           int usageLimit) {
        return new DiscountCode(code, DiscountKind.FIXED_AMOUNT, 0, amount, validFrom, validUntil, usageLimit, 0, true, 0);
    }

    public static DiscountCode rehydrate(PromoCode code, DiscountKind kind, int percent, Money amount,
                                         Instant validFrom, Instant validUntil, int usageLimit, int timesUsed,
                                         boolean active, long version) {
        return new DiscountCode(code, kind, percent, amount, validFrom, validUntil, usageLimit, timesUsed, active,
                version);
    }

    /** Why the code cannot be used on a price now, or empty when it can (the once-per-user rule is the store's). */
    public Optional<Refusal> check(Money price, Instant now) {
        if (!active) {
            return Optional.of(Refusal.INACTIVE);
        }
        if (now.isBefore(validFrom)) {
            return Optional.of(Refusal.NOT_YET_VALID);
        }
        if (!now.isBefore(validUntil)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (usageLimit > 0 && timesUsed >= usageLimit) {
            return Optional.of(Refusal.USED_UP);
        }
        if (kind == DiscountKind.FIXED_AMOUNT && amount.currency() != price.currency()) {
            return Optional.of(Refusal.WRONG_CURRENCY);
        }
        return Optional.empty();
    }

    /** The amount off {@code price}: never more than the price itself. */
    public Money discountOn(Money price) {
        Money off = kind == DiscountKind.PERCENT ? price.percent(percent) : amount;
        return off.compareTo(price) > 0 ? price : off;
    }

    /** Counts one use; throws when the code cannot be used now, so the total limit holds. */
    public void redeem(Money price, Instant now) {
        Optional<Refusal> refusal = check(price, now);
        if (refusal.isPresent()) {
            throw new IllegalStateException("code " + code + " cannot be used: " + refusal.get());
        }
        timesUsed++;
    }

    /**
     * Limits the code to some plans (empty: every plan) and to {@code usesPerUser} uses by each customer (at least
     * one); set when the code is created or read back.
     */
    public DiscountCode restrict(java.util.Set<dev.tollgate.domain.plan.PlanId> onlyPlans, int perUser) {
        Objects.requireNonNull(onlyPlans, "onlyPlans");
        if (perUser < 1 || perUser > 1000) {
            throw new IllegalArgumentException("a code may be used 1 to 1000 times per customer, not " + perUser);
        }
        this.plans = java.util.Set.copyOf(onlyPlans);
        this.usesPerUser = perUser;
        return this;
    }

    /** Whether the code may be used on an order for {@code plan} (a traffic pack counts as its subscription's plan). */
    public boolean appliesTo(dev.tollgate.domain.plan.PlanId plan) {
        return plans.isEmpty() || plans.contains(plan);
    }

    /** The plans the code is limited to; empty when it applies to every plan. */
    public java.util.Set<dev.tollgate.domain.plan.PlanId> plans() {
        return plans;
    }

    /** How many times one customer may use the code. */
    public int usesPerUser() {
        return usesPerUser;
    }

    public void deactivate() {
        active = false;
    }

    public PromoCode code() {
        return code;
    }

    public DiscountKind kind() {
        return kind;
    }

    public int percentOff() {
        return percent;
    }

    public Optional<Money> amountOff() {
        return Optional.ofNullable(amount);
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public int usageLimit() {
        return usageLimit;
    }

    public int timesUsed() {
        return timesUsed;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
