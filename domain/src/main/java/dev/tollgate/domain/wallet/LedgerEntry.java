package dev.tollgate.domain.wallet;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One immutable line of a user's wallet in one currency. {@code sequence} numbers the lines of that wallet from 1
 * without gaps and is unique with owner and currency, so two writers racing from the same balance cannot both
 * append; {@code idempotencyKey} (e.g. {@code cashback:<order>}) is unique, so the same credit is never made twice.
 * The balance after every line is stored and is never negative.
 */
public record LedgerEntry(UUID id, TelegramUserId owner, long sequence, LedgerEntryKind kind, Money amount,
                          Money balanceAfter, String idempotencyKey, OrderId order, String note, Instant at) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(at, "at");
        if (sequence < 1) {
            throw new IllegalArgumentException("ledger sequences start at 1: " + sequence);
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("a ledger entry moves money");
        }
        if (amount.currency() != balanceAfter.currency()) {
            throw new IllegalArgumentException("amount and balance are in different currencies");
        }
        if (balanceAfter.isNegative()) {
            throw new NegativeBalanceException(owner, balanceAfter);
        }
        if (kind != LedgerEntryKind.ADJUSTMENT && kind.isCredit() != amount.isPositive()) {
            throw new IllegalArgumentException(kind + " cannot move " + amount);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 120) {
            throw new IllegalArgumentException("an idempotency key is 1 to 120 characters");
        }
    }

    public Optional<OrderId> orderRef() {
        return Optional.ofNullable(order);
    }
}
