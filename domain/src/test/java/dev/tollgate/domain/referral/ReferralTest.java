package dev.tollgate.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final TelegramUserId A = new TelegramUserId(1);
    private static final TelegramUserId B = new TelegramUserId(2);
    private static final TelegramUserId C = new TelegramUserId(3);
    private final ReferralPolicy policy = new ReferralPolicy(10);

    @Test
    void code_roundTripsThroughTheStartParameter() {
        ReferralCode code = ReferralCode.of(new TelegramUserId(123_456_789_012L));
        assertThat(ReferralCode.fromStartParameter(code.startParameter())).contains(code);
        assertThat(code.referrer()).isEqualTo(new TelegramUserId(123_456_789_012L));
        assertThat(ReferralCode.fromStartParameter("promo_1")).isEmpty();
        assertThat(ReferralCode.fromStartParameter("ref_0")).isEmpty();
        assertThat(ReferralCode.fromStartParameter("ref_!!")).isEmpty();
    }

    @Test
    void check_refusesSelfReferralLateContactUnknownReferrerAndCycles() {
        assertThat(policy.check(A, A, true, true, List.of())).contains(ReferralPolicy.Refusal.SELF_REFERRAL);
        assertThat(policy.check(A, B, false, true, List.of())).contains(ReferralPolicy.Refusal.NOT_FIRST_CONTACT);
        assertThat(policy.check(A, B, true, false, List.of())).contains(ReferralPolicy.Refusal.UNKNOWN_REFERRER);
        assertThat(policy.check(A, B, true, true, List.of(C, A))).contains(ReferralPolicy.Refusal.CYCLE);
        assertThat(policy.check(A, B, true, true, List.of(C))).isEmpty();
        assertThatThrownBy(() -> new Referral(A, A, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cashback_isThePercentRoundedDown() {
        assertThat(policy.cashbackOn(Money.of(259, Currency.XTR))).isEqualTo(Money.of(25, Currency.XTR));
    }
}
