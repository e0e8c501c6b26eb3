package dev.tollgate.domain.trial;

import java.util.Objects;
import java.util.Optional;

/** One free trial per Telegram user, ever, and none for someone who has already paid. */
public final class TrialPolicy {

    /** Why a trial is refused. */
    public enum Refusal {
        ALREADY_CLAIMED, ALREADY_A_CUSTOMER
    }

    private final TrialTerms terms;

    public TrialPolicy(TrialTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /** Returns the refusal, or empty when the user may claim a trial now. */
    public Optional<Refusal> check(TrialHistory history) {
        if (history.trialAlreadyClaimed()) {
            return Optional.of(Refusal.ALREADY_CLAIMED);
        }
        if (history.hasPaidSubscription()) {
            return Optional.of(Refusal.ALREADY_A_CUSTOMER);
        }
        return Optional.empty();
    }

    public TrialTerms terms() {
        return terms;
    }
}
