package dev.tollgate.domain.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrialPolicyTest {

    private final TrialPolicy policy = new TrialPolicy(new TrialTerms(Duration.ofDays(1), DataSize.ofGibibytes(1)));

    @Test
    void check_whenNeverClaimedAndNeverPaid_allowsTrial() {
        assertThat(policy.check(new TrialHistory(false, false))).isEmpty();
    }

    @Test
    void check_whenAlreadyClaimed_refusesWithAlreadyClaimed() {
        assertThat(policy.check(new TrialHistory(true, false))).contains(TrialPolicy.Refusal.ALREADY_CLAIMED);
    }

    @Test
    void check_whenClaimedAndPaid_reportsTheClaimFirst() {
        assertThat(policy.check(new TrialHistory(true, true))).contains(TrialPolicy.Refusal.ALREADY_CLAIMED);
    }

    @Test
    void check_whenUserAlreadyPaid_refusesWithAlreadyACustomer() {
        assertThat(policy.check(new TrialHistory(false, true))).contains(TrialPolicy.Refusal.ALREADY_A_CUSTOMER);
    }

    @Test
    void terms_whenDurationIsZero_areRejected() {
        assertThatThrownBy(() -> new TrialTerms(Duration.ZERO, DataSize.ofGibibytes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void terms_whenTrafficIsZero_areRejected() {
        assertThatThrownBy(() -> new TrialTerms(Duration.ofHours(1), DataSize.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
