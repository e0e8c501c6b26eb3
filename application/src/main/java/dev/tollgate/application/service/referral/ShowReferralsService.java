package dev.tollgate.application.service.referral;

import dev.tollgate.application.port.in.ShowReferralsUseCase;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.referral.ReferralPolicy;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts the user's referrals and sums the cashback lines of their wallet. */
public final class ShowReferralsService implements ShowReferralsUseCase {

    private final Referrals referrals;
    private final WalletLedger ledger;
    private final java.util.function.Supplier<ReferralPolicy> policy;

    public ShowReferralsService(Referrals referrals, WalletLedger ledger, ReferralPolicy policy) {
        this(referrals, ledger, () -> policy);
    }

    /** The terms show the shop's referral percent as it is now (admins change it in the bot). */
    public ShowReferralsService(Referrals referrals, WalletLedger ledger,
                                dev.tollgate.application.port.out.ShopSettings settings) {
        this(referrals, ledger, () -> new ReferralPolicy(settings.current().referralPercent()));
    }

    private ShowReferralsService(Referrals referrals, WalletLedger ledger,
                                 java.util.function.Supplier<ReferralPolicy> policy) {
        this.referrals = referrals;
        this.ledger = ledger;
        this.policy = policy;
    }

    @Override
    public View show(Command command) {
        Map<Currency, Money> earned = new EnumMap<>(Currency.class);
        for (LedgerEntry entry : ledger.entries(command.user())) {
            if (entry.kind() == LedgerEntryKind.CASHBACK) {
                earned.merge(entry.amount().currency(), entry.amount(), Money::plus);
            }
        }
        return new View(ReferralCode.of(command.user()), referrals.countReferredBy(command.user()),
                List.copyOf(earned.values()), policy.get().cashbackPercent());
    }
}
