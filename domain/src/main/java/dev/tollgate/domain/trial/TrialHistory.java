package dev.tollgate.domain.trial;

/** What the core knows about a user when they ask for a trial. */
public record TrialHistory(boolean trialAlreadyClaimed, boolean hasPaidSubscription) {
}
