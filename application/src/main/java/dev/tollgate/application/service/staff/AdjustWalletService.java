package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.WalletLedger;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;

/**
 * One ADJUSTMENT line and its audit line in one transaction, keyed by the request so a repeated press adjusts once;
 * a debit never takes a wallet below zero. A line taken by a concurrent posting is retried on the new balance.
 */
public final class AdjustWalletService implements AdjustWalletUseCase {

    private static final int ATTEMPTS = 3;

    private final AdminDirectory directory;
    private final CustomerRepository customers;
    private final WalletLedger ledger;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AdjustWalletService(AdminDirectory directory, CustomerRepository customers, WalletLedger ledger,
                               AuditLog audit, TransactionRunner transactions, Clock clock) {
        this.directory = directory;
        this.customers = customers;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result adjust(Command command) {
        if (!StaffGuard.allows(directory, command.admin(), StaffRole.ADMIN, "adjust the wallet of " + command.customer())) {
            return new Refused(Reason.NOT_AN_ADMIN);
        }
        if (!command.amount().isPositive()) {
            return new Refused(Reason.NOT_POSITIVE);
        }
        String reason = command.reason().strip();
        if (reason.isEmpty()) {
            return new Refused(Reason.NO_REASON);
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        if (customers.findById(command.customer()).isEmpty()) {
            return new Refused(Reason.UNKNOWN_CUSTOMER);
        }
        String key = "adjust:" + command.requestKey();
        String note = reason;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> post(command, key, note, clock.instant()));
            } catch (DuplicateKeyException done) {
                return new Refused(Reason.ALREADY_DONE);
            } catch (ConcurrentUpdateException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Result post(Command command, String key, String reason, Instant now) {
        if (ledger.findByIdempotencyKey(key).isPresent()) {
            return new Refused(Reason.ALREADY_DONE);
        }
        Wallet wallet = ledger.wallet(command.customer(), command.amount().currency());
        if (!command.credit() && !wallet.covers(command.amount())) {
            return new Refused(Reason.INSUFFICIENT_BALANCE);
        }
        Money before = wallet.balance();
        LedgerEntry line = command.credit()
                ? wallet.credit(command.amount(), LedgerEntryKind.ADJUSTMENT, key, null, reason, now)
                : wallet.debit(command.amount(), LedgerEntryKind.ADJUSTMENT, key, null, reason, now);
        ledger.append(line);
        audit.record(new AuditEntry(now, command.admin(), AuditAction.WALLET_ADJUSTED, "user " + command.customer(),
                before.minorUnits() + " " + before.currency(),
                line.balanceAfter().minorUnits() + " " + line.balanceAfter().currency() + " (" + reason + ")"));
        return new Adjusted(line.balanceAfter());
    }
}
