package dev.tollgate.application.port.in;

import dev.tollgate.application.port.model.Delivery;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.ReceiptRejection;
import java.util.Objects;

/** An admin approves (the order is paid and delivered) or rejects (nothing is credited) a card-to-card receipt. */
public interface ReviewReceiptUseCase {

    Result review(Command command);

    /** {@code rejection} (optional) says why a rejected receipt was refused; the customer is told. */
    record Command(TelegramUserId admin, PaymentId payment, Decision decision, ReceiptRejection rejection) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(decision, "decision");
        }

        public Command(TelegramUserId admin, PaymentId payment, Decision decision) {
            this(admin, payment, decision, null);
        }
    }

    enum Decision {
        APPROVE, REJECT
    }

    sealed interface Result {
    }

    record Approved(Delivery delivery) implements Result {
    }

    record Rejected() implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        NOT_AN_ADMIN, UNKNOWN_PAYMENT, ALREADY_DECIDED
    }
}
