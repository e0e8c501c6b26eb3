package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.wallet.LedgerEntry;
import java.util.List;
import java.util.Objects;

/** Shows a user their balances, their latest wallet lines and their referral link code. */
public interface ShowWalletUseCase {

    View show(Command command);

    record Command(TelegramUserId user, int lines) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    record View(List<Money> balances, List<LedgerEntry> latest, ReferralCode referralCode, int referredUsers) {
    }
}
