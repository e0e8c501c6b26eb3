package dev.tollgate.application.port.in;

import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.payment.PaymentStatus;
import dev.tollgate.domain.provisioning.ProvisioningTaskStatus;
import dev.tollgate.domain.shared.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Counts for monitoring (no user asks, so there is no admin check): orders, payments and the provisioning queue. */
public interface ShowOperationalFiguresUseCase {

    Figures show();

    /** Every order and task status is present (zero when none); payments list only the groups that have any. */
    record Figures(Map<OrderStatus, Long> orders, List<PaymentGroup> payments, Map<ProvisioningTaskStatus, Long> provisioning) {
        public Figures {
            orders = Map.copyOf(orders);
            payments = List.copyOf(payments);
            provisioning = Map.copyOf(provisioning);
        }

        /** Tasks waiting for their next panel call. */
        public long provisioningQueueDepth() {
            return provisioning.getOrDefault(ProvisioningTaskStatus.PENDING, 0L);
        }
    }

    /** The payments of one provider in one currency and status: how many, and their sum. */
    record PaymentGroup(PaymentProvider provider, PaymentStatus status, long count, Money amount) {
        public PaymentGroup {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
