package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.tollgate.application.port.out.WalletLedger} promises: append-only, idempotent, race-safe. */
public abstract class WalletLedgerContract extends CommerceStoreContract {

    private static String key(String prefix) {
        return prefix + ":" + UUID.randomUUID();
    }

    private void append(LedgerEntry entry) {
        stores().transactions().run(() -> stores().ledger().append(entry));
    }

    @Test
    public void wallet_withoutLines_isEmptyAtSequenceZero() {
        Wallet wallet = stores().ledger().wallet(newCustomer(), Currency.XTR);
        assertThat(wallet.balance()).isEqualTo(Money.zero(Currency.XTR));
        assertThat(wallet.lastSequence()).isZero();
    }

    @Test
    public void append_creditsAndDebits_keepEveryFieldAndTheRunningBalance() {
        TelegramUserId owner = newCustomer();
        Order order = newOrder(owner, T0);
        Wallet wallet = stores().ledger().wallet(owner, Currency.XTR);
        LedgerEntry topUp = wallet.credit(Money.of(1_000, Currency.XTR), LedgerEntryKind.TOP_UP, key("topup"), null,
                "stars top-up", T0);
        append(topUp);
        LedgerEntry pay = stores().ledger().wallet(owner, Currency.XTR).debit(Money.of(250, Currency.XTR),
                LedgerEntryKind.PAYMENT, key("pay"), order.id(), null, T0.plusSeconds(1));
        append(pay);

        Wallet after = stores().ledger().wallet(owner, Currency.XTR);
        assertThat(after.balance()).isEqualTo(Money.of(750, Currency.XTR));
        assertThat(after.lastSequence()).isEqualTo(2);
        assertThat(stores().ledger().entries(owner)).containsExactly(topUp, pay);
        assertThat(stores().ledger().findByIdempotencyKey(pay.idempotencyKey())).contains(pay);
    }

    @Test
    public void append_sameIdempotencyKeyTwice_isADuplicateKeyAndCreditsOnce() {
        TelegramUserId owner = newCustomer();
        String cashback = key("cashback");
        append(stores().ledger().wallet(owner, Currency.USD).credit(Money.of(50, Currency.USD),
                LedgerEntryKind.CASHBACK, cashback, null, null, T0));
        LedgerEntry again = stores().ledger().wallet(owner, Currency.USD).credit(Money.of(50, Currency.USD),
                LedgerEntryKind.CASHBACK, cashback, null, null, T0);
        assertThatThrownBy(() -> append(again)).isInstanceOf(DuplicateKeyException.class);
        assertThat(stores().ledger().wallet(owner, Currency.USD).balance()).isEqualTo(Money.of(50, Currency.USD));
    }

    @Test
    public void append_fromAStaleBalance_isAConcurrentUpdateAndNeverOverdraws() {
        TelegramUserId owner = newCustomer();
        append(stores().ledger().wallet(owner, Currency.XTR).credit(Money.of(300, Currency.XTR),
                LedgerEntryKind.TOP_UP, key("topup"), null, null, T0));
        Wallet first = stores().ledger().wallet(owner, Currency.XTR);
        Wallet second = stores().ledger().wallet(owner, Currency.XTR);
        append(first.debit(Money.of(250, Currency.XTR), LedgerEntryKind.PAYMENT, key("pay"), null, null, T0));
        LedgerEntry racing = second.debit(Money.of(250, Currency.XTR), LedgerEntryKind.PAYMENT, key("pay"), null,
                null, T0);
        assertThatThrownBy(() -> append(racing)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(stores().ledger().wallet(owner, Currency.XTR).balance()).isEqualTo(Money.of(50, Currency.XTR));
    }

    @Test
    public void wallets_areKeptApartPerCurrency() {
        TelegramUserId owner = newCustomer();
        append(stores().ledger().wallet(owner, Currency.USD).credit(Money.of(70, Currency.USD),
                LedgerEntryKind.REFUND, key("refund"), null, null, T0));
        append(stores().ledger().wallet(owner, Currency.XTR).credit(Money.of(9, Currency.XTR),
                LedgerEntryKind.TOP_UP, key("topup"), null, null, T0.plusSeconds(1)));
        assertThat(stores().ledger().wallets(owner)).extracting(Wallet::balance)
                .containsExactly(Money.of(9, Currency.XTR), Money.of(70, Currency.USD));
        assertThat(stores().ledger().wallet(owner, Currency.USD).lastSequence()).isEqualTo(1);
        assertThat(stores().ledger().wallets(newCustomer())).isEmpty();
    }
}
