package dev.tollgate.domain.referral;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/** Who may be credited as a referrer, and the cashback a referrer earns on a referred user's paid order. */
public final class ReferralPolicy {

    /** Why a referral is not recorded. */
    public enum Refusal {
        SELF_REFERRAL, CYCLE, NOT_FIRST_CONTACT, UNKNOWN_REFERRER
    }

    private final int cashbackPercent;

    public ReferralPolicy(int cashbackPercent) {
        if (cashbackPercent < 0 || cashbackPercent > 100) {
            throw new IllegalArgumentException("cashback is 0 to 100 per cent: " + cashbackPercent);
        }
        this.cashbackPercent = cashbackPercent;
    }

    /**
     * Checks a referral at {@code referred}'s contact; {@code referrerChain} is the referrer's own referrer, that
     * one's referrer and so on. A user already known, a self-referral and a referral that would close a cycle are refused.
     */
    public Optional<Refusal> check(TelegramUserId referred, TelegramUserId referrer, boolean firstContact,
                                   boolean referrerKnown, List<TelegramUserId> referrerChain) {
        if (referred.equals(referrer)) {
            return Optional.of(Refusal.SELF_REFERRAL);
        }
        if (!firstContact) {
            return Optional.of(Refusal.NOT_FIRST_CONTACT);
        }
        if (!referrerKnown) {
            return Optional.of(Refusal.UNKNOWN_REFERRER);
        }
        if (referrerChain.contains(referred)) {
            return Optional.of(Refusal.CYCLE);
        }
        return Optional.empty();
    }

    /** The referrer's share of what the referred user paid, rounded down. */
    public Money cashbackOn(Money paid) {
        return paid.percent(cashbackPercent);
    }

    public int cashbackPercent() {
        return cashbackPercent;
    }
}
