package dev.tollgate.application.port.in;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentId;
import java.util.Objects;

/**
 * Records a card-to-card receipt (a photo) for an order and asks the admins to review it; the same photo cannot be
 * submitted twice. {@code receiptUniqueId} is the messenger's stable id of the file, {@code receipt} its file id.
 */
public interface SubmitReceiptUseCase {

    Result submit(Command command);

    record Command(TelegramUserId user, OrderId order, String receipt, String receiptUniqueId) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(receipt, "receipt");
            Objects.requireNonNull(receiptUniqueId, "receiptUniqueId");
        }
    }

    sealed interface Result {
    }

    record Submitted(PaymentId payment) implements Result {
    }

    record Refused(Reason reason) implements Result {
    }

    enum Reason {
        UNKNOWN_ORDER, NOT_PAYABLE, DUPLICATE_RECEIPT
    }
}
