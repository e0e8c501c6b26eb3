package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.Wallet;
import java.util.List;
import java.util.Optional;

/**
 * The append-only ledger behind every wallet. A balance is the {@code balanceAfter} of a wallet's last line; nothing
 * is ever updated or deleted. The store enforces two unique keys: {@code (owner, currency, sequence)} and
 * {@code idempotencyKey}.
 */
public interface WalletLedger {

    /** The wallet as of its last line in that currency (an empty wallet when it has none). */
    Wallet wallet(TelegramUserId owner, Currency currency);

    /** The user's non-empty wallets, one per currency that has any line, in currency order. */
    List<Wallet> wallets(TelegramUserId owner);

    /**
     * Appends a line; throws {@link DuplicateKeyException} when its idempotency key was used before (the operation
     * already happened) and {@link ConcurrentUpdateException} when another line took its sequence (re-read and retry).
     */
    void append(LedgerEntry entry);

    /** The user's lines in all currencies, oldest first. */
    List<LedgerEntry> entries(TelegramUserId owner);

    Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey);
}
