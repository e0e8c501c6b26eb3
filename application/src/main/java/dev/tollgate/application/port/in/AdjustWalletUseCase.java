package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Money;
import java.util.Objects;

/**
 * An admin credits or debits a customer's wallet by hand with a reason: one ADJUSTMENT line in the ledger and one in
 * the audit log, written together; the same {@code requestKey} twice adjusts once.
 */
public interface AdjustWalletUseCase {

    /** The longest reason kept. */
    int MAX_REASON = 200;

    Result adjust(Command command);

    /** {@code amount} is positive; {@code credit} says which way it goes. */
    record Command(TelegramUserId admin, TelegramUserId customer, Money amount, boolean credit, String reason,
                   String requestKey) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(requestKey, "requestKey");
        }
    }

    sealed interface Result {
    }

    record Adjusted(Money balanceAfter) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_CUSTOMER, NOT_POSITIVE, NO_REASON, INSUFFICIENT_BALANCE, ALREADY_DONE
    }
}
