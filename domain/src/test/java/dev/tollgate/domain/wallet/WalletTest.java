package dev.tollgate.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WalletTest {

    private static final TelegramUserId OWNER = new TelegramUserId(7);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void debit_beyondTheBalance_isRefusedAndLeavesTheWalletUnchanged() {
        Wallet wallet = Wallet.empty(OWNER, Currency.XTR);
        wallet.credit(Money.of(100, Currency.XTR), LedgerEntryKind.TOP_UP, "t1", null, null, NOW);
        assertThatThrownBy(() -> wallet.debit(Money.of(101, Currency.XTR), LedgerEntryKind.PAYMENT, "p1", null, null, NOW))
                .isInstanceOf(NegativeBalanceException.class);
        assertThat(wallet.balance()).isEqualTo(Money.of(100, Currency.XTR));
        assertThat(wallet.lastSequence()).isEqualTo(1);
    }

    @Test
    void ledgerEntry_withANegativeBalance_cannotExist() {
        assertThatThrownBy(() -> new LedgerEntry(java.util.UUID.randomUUID(), OWNER, 1, LedgerEntryKind.ADJUSTMENT,
                Money.of(-1, Currency.USD), Money.of(-1, Currency.USD), "k", null, null, NOW))
                .isInstanceOf(NegativeBalanceException.class);
    }

    @Test
    void ledgerEntry_whoseSignContradictsItsKind_isRejected() {
        assertThatThrownBy(() -> new LedgerEntry(java.util.UUID.randomUUID(), OWNER, 1, LedgerEntryKind.REFUND,
                Money.of(-5, Currency.USD), Money.of(0, Currency.USD), "k", null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Property: over random credits and debits the balance is the sum of the lines, never negative, sequences gapless. */
    @Test
    void randomCreditsAndDebits_keepTheBalanceEqualToTheSumAndNeverNegative() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            Wallet wallet = Wallet.empty(OWNER, Currency.USD);
            long sum = 0;
            for (int step = 1; step <= 50; step++) {
                Money amount = Money.of(1 + random.nextInt(1_000), Currency.USD);
                LedgerEntry entry;
                if (random.nextBoolean()) {
                    entry = wallet.credit(amount, LedgerEntryKind.TOP_UP, "k" + step, null, null, NOW);
                } else if (wallet.covers(amount)) {
                    entry = wallet.debit(amount, LedgerEntryKind.PAYMENT, "k" + step, null, null, NOW);
                } else {
                    assertThatThrownBy(() -> wallet.debit(amount, LedgerEntryKind.PAYMENT, "x", null, null, NOW))
                            .isInstanceOf(NegativeBalanceException.class);
                    continue;
                }
                sum += entry.amount().minorUnits();
                assertThat(entry.balanceAfter().minorUnits()).isEqualTo(sum).isNotNegative();
                assertThat(entry.sequence()).isEqualTo(wallet.lastSequence());
                assertThat(wallet.balance()).isEqualTo(entry.balanceAfter());
            }
        }
    }
}
