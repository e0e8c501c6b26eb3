package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.Wallet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The ledger as a list, with the database's two unique keys (owner, currency, sequence) and idempotency key. */
public final class InMemoryWalletLedger implements WalletLedger {

    private final List<LedgerEntry> lines = new ArrayList<>();

    @Override
    public synchronized Wallet wallet(TelegramUserId owner, Currency currency) {
        return lines.stream().filter(e -> e.owner().equals(owner) && e.amount().currency() == currency)
                .max(Comparator.comparingLong(LedgerEntry::sequence))
                .map(last -> Wallet.rehydrate(owner, last.balanceAfter(), last.sequence()))
                .orElseGet(() -> Wallet.empty(owner, currency));
    }

    @Override
    public synchronized List<Wallet> wallets(TelegramUserId owner) {
        return lines.stream().filter(e -> e.owner().equals(owner)).map(e -> e.amount().currency()).distinct()
                .sorted().map(currency -> wallet(owner, currency)).toList();
    }

    @Override
    public synchronized void append(LedgerEntry entry) {
        if (lines.stream().anyMatch(e -> e.idempotencyKey().equals(entry.idempotencyKey()) || e.id().equals(entry.id()))) {
            throw new DuplicateKeyException("ledger key " + entry.idempotencyKey() + " was used");
        }
        if (lines.stream().anyMatch(e -> e.owner().equals(entry.owner())
                && e.amount().currency() == entry.amount().currency() && e.sequence() == entry.sequence())) {
            throw new ConcurrentUpdateException("wallet " + entry.owner() + " moved past sequence " + entry.sequence());
        }
        lines.add(entry);
    }

    @Override
    public synchronized List<LedgerEntry> entries(TelegramUserId owner) {
        return lines.stream().filter(e -> e.owner().equals(owner))
                .sorted(Comparator.comparing(LedgerEntry::at).thenComparing(e -> e.amount().currency())
                        .thenComparingLong(LedgerEntry::sequence)).toList();
    }

    @Override
    public synchronized Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey) {
        return lines.stream().filter(e -> e.idempotencyKey().equals(idempotencyKey)).findFirst();
    }
}
