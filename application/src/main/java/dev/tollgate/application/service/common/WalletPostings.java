package dev.tollgate.application.service.common;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import java.time.Instant;
import java.util.Optional;

/** Idempotent credits to the wallet ledger: a used idempotency key means the credit was already made. */
public final class WalletPostings {

    private static final int MAX_ATTEMPTS = 5;

    private WalletPostings() {
    }

    /** Credits once per key; returns the new line, or empty when the key was used before (nothing credited again). */
    public static Optional<LedgerEntry> creditOnce(WalletLedger ledger, TelegramUserId owner, Money amount,
                                            LedgerEntryKind kind, String key, OrderId order, String note, Instant now) {
        if (ledger.findByIdempotencyKey(key).isPresent()) {
            return Optional.empty();
        }
        for (int attempt = 1; ; attempt++) {
            Wallet wallet = ledger.wallet(owner, amount.currency());
            LedgerEntry entry = wallet.credit(amount, kind, key, order, note, now);
            try {
                ledger.append(entry);
                return Optional.of(entry);
            } catch (DuplicateKeyException alreadyCredited) {
                return Optional.empty();
            } catch (ConcurrentUpdateException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Takes back, once, the cashback a referrer got for an order that is now refunded, as far as their balance
     * reaches: cashback already spent is not clawed below zero, so the wallet never goes negative.
     */
    public static Optional<LedgerEntry> reverseCashbackOnce(WalletLedger ledger, OrderId order, Instant now) {
        String key = "cashback-reversal:" + order;
        if (ledger.findByIdempotencyKey(key).isPresent()) {
            return Optional.empty();
        }
        Optional<LedgerEntry> cashback = ledger.findByIdempotencyKey(cashbackKey(order));
        if (cashback.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 1; ; attempt++) {
            Wallet wallet = ledger.wallet(cashback.get().owner(), cashback.get().amount().currency());
            Money take = wallet.covers(cashback.get().amount()) ? cashback.get().amount() : wallet.balance();
            if (!take.isPositive()) {
                return Optional.empty();
            }
            LedgerEntry entry = wallet.debit(take, LedgerEntryKind.ADJUSTMENT, key, order,
                    "cashback taken back: the referred order was refunded", now);
            try {
                ledger.append(entry);
                return Optional.of(entry);
            } catch (DuplicateKeyException alreadyReversed) {
                return Optional.empty();
            } catch (ConcurrentUpdateException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** The ledger key of an order's refund; shared by automatic and admin refunds, so an order is refunded once. */
    public static String refundKey(OrderId order) {
        return "refund:" + order;
    }

    public static String cashbackKey(OrderId order) {
        return "cashback:" + order;
    }

    public static String topUpKey(OrderId order) {
        return "topup:" + order;
    }

    public static String paymentKey(OrderId order) {
        return "pay:" + order;
    }
}
