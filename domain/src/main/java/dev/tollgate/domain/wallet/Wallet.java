package dev.tollgate.domain.wallet;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's balance in one currency as of its last ledger line. It is never stored as a bare balance: it is read
 * from the ledger, and each change becomes a new line that a store appends only if no other line took its sequence.
 */
public final class Wallet {

    private final TelegramUserId owner;
    private Money balance;
    private long lastSequence;

    private Wallet(TelegramUserId owner, Money balance, long lastSequence) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.lastSequence = lastSequence;
        if (balance.isNegative()) {
            throw new NegativeBalanceException(owner, balance);
        }
        if (lastSequence < 0) {
            throw new IllegalArgumentException("sequence cannot be negative");
        }
    }

    public static Wallet empty(TelegramUserId owner, Currency currency) {
        return new Wallet(owner, Money.zero(currency), 0);
    }

    /** The wallet as of its last ledger line (balance after it and its sequence); persistence only. */
    public static Wallet rehydrate(TelegramUserId owner, Money balance, long lastSequence) {
        return new Wallet(owner, balance, lastSequence);
    }

    /** Adds money; {@code kind} must be a credit. Returns the ledger line to append. */
    public LedgerEntry credit(Money amount, LedgerEntryKind kind, String idempotencyKey, OrderId order, String note,
                              Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a credit is positive: " + amount);
        }
        return append(amount, kind, idempotencyKey, order, note, now);
    }

    /** Takes money out; throws {@link NegativeBalanceException} rather than let the balance go below zero. */
    public LedgerEntry debit(Money amount, LedgerEntryKind kind, String idempotencyKey, OrderId order, String note,
                             Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a debit is positive: " + amount);
        }
        if (!covers(amount)) {
            throw new NegativeBalanceException(owner, balance.minus(amount));
        }
        return append(amount.negate(), kind, idempotencyKey, order, note, now);
    }

    /** Whether the balance is at least {@code amount}. */
    public boolean covers(Money amount) {
        return balance.compareTo(amount) >= 0;
    }

    private LedgerEntry append(Money signed, LedgerEntryKind kind, String key, OrderId order, String note, Instant now) {
        Money after = balance.plus(signed);
        LedgerEntry entry = new LedgerEntry(UUID.randomUUID(), owner, lastSequence + 1, kind, signed, after, key,
                order, note, now);
        balance = after;
        lastSequence = entry.sequence();
        return entry;
    }

    public TelegramUserId owner() {
        return owner;
    }

    public Money balance() {
        return balance;
    }

    public Currency currency() {
        return balance.currency();
    }

    public long lastSequence() {
        return lastSequence;
    }
}
