package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.WALLET_LEDGER;

import dev.tollgate.adapters.persistence.generated.tables.records.WalletLedgerRecord;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The append-only ledger. Safety against concurrent debits is optimistic and lives in the unique key
 * {@code (owner_id, currency, sequence_no)}: a line is computed from the wallet's last line and claims the next
 * sequence number, so of two writers that read the same balance only the first can append; the second gets a
 * unique violation (on PostgreSQL and H2 it waits for the first to commit, then fails), reported as
 * {@link ConcurrentUpdateException} so the service re-reads and re-checks the balance. Before inserting, the line is
 * checked against the stored line it follows, so the stored balances form an unbroken chain, and a CHECK keeps every
 * stored balance non-negative. No row is ever locked or updated.
 */
final class JooqWalletLedger implements WalletLedger {

    private static final String LINE_KEY = "uq_wallet_ledger_line";
    private static final int NOTE_LENGTH = 1000;

    private final DSLContext dsl;

    @Inject
    JooqWalletLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Wallet wallet(TelegramUserId owner, Currency currency) {
        return Errors.translate("read wallet of " + owner, () -> dsl.selectFrom(WALLET_LEDGER)
                .where(WALLET_LEDGER.OWNER_ID.eq(owner.value()))
                .and(WALLET_LEDGER.CURRENCY.eq(currency.name()))
                .orderBy(WALLET_LEDGER.SEQUENCE_NO.desc())
                .limit(1)
                .fetchOptional()
                .map(JooqWalletLedger::walletAsOf)
                .orElseGet(() -> Wallet.empty(owner, currency)));
    }

    @Override
    public List<Wallet> wallets(TelegramUserId owner) {
        // The generated table class shares its name with the port, hence the qualified name.
        dev.tollgate.adapters.persistence.generated.tables.WalletLedger later = WALLET_LEDGER.as("later");
        return Errors.translate("read wallets of " + owner, () -> dsl.selectFrom(WALLET_LEDGER)
                .where(WALLET_LEDGER.OWNER_ID.eq(owner.value()))
                .andNotExists(DSL.selectOne().from(later)
                        .where(later.OWNER_ID.eq(WALLET_LEDGER.OWNER_ID))
                        .and(later.CURRENCY.eq(WALLET_LEDGER.CURRENCY))
                        .and(later.SEQUENCE_NO.gt(WALLET_LEDGER.SEQUENCE_NO)))
                .fetch(JooqWalletLedger::walletAsOf)
                .stream()
                .sorted(Comparator.comparing(Wallet::currency))
                .toList());
    }

    @Override
    public void append(LedgerEntry entry) {
        String what = "append ledger line " + entry.sequence() + " of " + entry.owner() + "/" + entry.amount().currency();
        Errors.translate(what, () -> {
            if (dsl.fetchExists(WALLET_LEDGER, WALLET_LEDGER.IDEMPOTENCY_KEY.eq(entry.idempotencyKey()))) {
                throw new DuplicateKeyException("ledger idempotency key " + entry.idempotencyKey() + " was used already");
            }
            requireChainedToStoredLine(entry);
            Savepoints.guarded(dsl, bound -> insert(bound, entry));
        });
    }

    private static void insert(DSLContext dsl, LedgerEntry entry) {
        try {
            dsl.insertInto(WALLET_LEDGER)
                    .set(WALLET_LEDGER.ID, entry.id())
                    .set(WALLET_LEDGER.OWNER_ID, entry.owner().value())
                    .set(WALLET_LEDGER.CURRENCY, entry.amount().currency().name())
                    .set(WALLET_LEDGER.SEQUENCE_NO, entry.sequence())
                    .set(WALLET_LEDGER.KIND, entry.kind().name())
                    .set(WALLET_LEDGER.AMOUNT_MINOR, entry.amount().minorUnits())
                    .set(WALLET_LEDGER.BALANCE_AFTER_MINOR, entry.balanceAfter().minorUnits())
                    .set(WALLET_LEDGER.IDEMPOTENCY_KEY, entry.idempotencyKey())
                    .set(WALLET_LEDGER.ORDER_ID, entry.orderRef().map(OrderId::value).orElse(null))
                    .set(WALLET_LEDGER.NOTE, Errors.fit(entry.note(), NOTE_LENGTH))
                    .set(WALLET_LEDGER.RECORDED_AT, Times.toDb(entry.at()))
                    .execute();
        } catch (DataAccessException e) {
            if (Errors.isUniqueViolationOf(e, LINE_KEY)) {
                throw new ConcurrentUpdateException("wallet " + entry.owner() + "/" + entry.amount().currency()
                        + " moved past line " + (entry.sequence() - 1) + "; re-read the balance and retry");
            }
            throw e;
        }
    }

    @Override
    public List<LedgerEntry> entries(TelegramUserId owner) {
        return Errors.translate("read ledger of " + owner, () -> dsl.selectFrom(WALLET_LEDGER)
                .where(WALLET_LEDGER.OWNER_ID.eq(owner.value()))
                .fetch(JooqWalletLedger::toDomain)
                .stream()
                .sorted(Comparator.comparing(LedgerEntry::at).thenComparing(e -> e.amount().currency())
                        .thenComparingLong(LedgerEntry::sequence))
                .toList());
    }

    @Override
    public Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey) {
        return Errors.translate("find ledger line", () -> dsl.selectFrom(WALLET_LEDGER)
                .where(WALLET_LEDGER.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional().map(JooqWalletLedger::toDomain));
    }

    /**
     * A line must continue the stored line before it: the same balance plus its amount. Stored lines never change,
     * so this read needs no lock; a wallet that moved on meanwhile is caught by the unique key at insert.
     */
    private void requireChainedToStoredLine(LedgerEntry entry) {
        long previousBalance;
        if (entry.sequence() == 1) {
            previousBalance = 0;
        } else {
            Long stored = dsl.select(WALLET_LEDGER.BALANCE_AFTER_MINOR).from(WALLET_LEDGER)
                    .where(WALLET_LEDGER.OWNER_ID.eq(entry.owner().value()))
                    .and(WALLET_LEDGER.CURRENCY.eq(entry.amount().currency().name()))
                    .and(WALLET_LEDGER.SEQUENCE_NO.eq(entry.sequence() - 1))
                    .fetchOne(WALLET_LEDGER.BALANCE_AFTER_MINOR);
            if (stored == null) {
                throw new IllegalArgumentException("ledger line " + entry.sequence() + " of " + entry.owner()
                        + " follows no stored line; build lines from WalletLedger.wallet(...)");
            }
            previousBalance = stored;
        }
        if (Math.addExact(previousBalance, entry.amount().minorUnits()) != entry.balanceAfter().minorUnits()) {
            throw new IllegalArgumentException("ledger line " + entry.sequence() + " of " + entry.owner()
                    + " does not continue the stored balance " + previousBalance);
        }
    }

    private static Wallet walletAsOf(WalletLedgerRecord last) {
        Currency currency = Currency.valueOf(last.getCurrency());
        return Wallet.rehydrate(new TelegramUserId(last.getOwnerId()), Money.of(last.getBalanceAfterMinor(), currency),
                last.getSequenceNo());
    }

    private static LedgerEntry toDomain(WalletLedgerRecord row) {
        Currency currency = Currency.valueOf(row.getCurrency());
        return new LedgerEntry(row.getId(), new TelegramUserId(row.getOwnerId()), row.getSequenceNo(),
                LedgerEntryKind.valueOf(row.getKind()), Money.of(row.getAmountMinor(), currency),
                Money.of(row.getBalanceAfterMinor(), currency), row.getIdempotencyKey(),
                row.getOrderId() == null ? null : new OrderId(row.getOrderId()), row.getNote(),
                Times.fromDb(row.getRecordedAt()));
    }
}
