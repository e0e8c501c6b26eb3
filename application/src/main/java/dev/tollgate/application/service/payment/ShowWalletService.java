package dev.tollgate.application.service.payment;

import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.application.port.out.Referrals;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.referral.ReferralCode;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.Wallet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A user's balances, latest ledger lines (newest first) and referral code. */
public final class ShowWalletService implements ShowWalletUseCase {

    private final WalletLedger ledger;
    private final Referrals referrals;

    public ShowWalletService(WalletLedger ledger, Referrals referrals) {
        this.ledger = ledger;
        this.referrals = referrals;
    }

    @Override
    public View show(Command command) {
        List<LedgerEntry> entries = new ArrayList<>(ledger.entries(command.user()));
        Collections.reverse(entries);
        return new View(ledger.wallets(command.user()).stream().map(Wallet::balance).toList(),
                List.copyOf(entries.subList(0, Math.min(Math.max(0, command.lines()), entries.size()))),
                ReferralCode.of(command.user()), referrals.countReferredBy(command.user()));
    }
}
