package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.Payment;
import java.util.List;
import java.util.Objects;

/** Admins see the card receipts still waiting for a decision, oldest first. */
public interface ListPendingReceiptsUseCase {

    Result list(Command command);

    record Command(TelegramUserId admin, int limit) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be >= 1: " + limit);
            }
        }
    }

    sealed interface Result {
    }

    /** {@code more} when there are receipts beyond {@code limit}. */
    record Pending(List<Payment> receipts, boolean more) implements Result {
        public Pending {
            receipts = List.copyOf(receipts);
        }
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN
    }
}
