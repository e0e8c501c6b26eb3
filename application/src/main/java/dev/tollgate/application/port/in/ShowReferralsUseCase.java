package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/** A user's referral programme: their code, how many joined through it, the cashback earned and its rate. */
public interface ShowReferralsUseCase {

    View show(Command command);

    record Command(TelegramUserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code earned} is the cashback credited so far, one amount per currency (empty when none). */
    record View(ReferralCode code, int joined, List<Money> earned, int cashbackPercent) {
        public View {
            Objects.requireNonNull(code, "code");
            earned = List.copyOf(earned);
        }
    }
}
