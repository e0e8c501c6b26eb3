package dev.tollgate.application.service.ordering;

import dev.tollgate.application.port.in.ExpireOverdueOrdersUseCase;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.OrderRepository;
import dev.tollgate.application.port.out.PaymentRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;

/** Expires unpaid orders past their pay-by time; an order paid meanwhile wins the version race and stays paid. */
public final class ExpireOverdueOrdersService implements ExpireOverdueOrdersUseCase {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ExpireOverdueOrdersService(OrderRepository orders, PaymentRepository payments, TransactionRunner transactions,
                                      Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Result expire(Command command) {
        Instant now = clock.instant();
        int expired = 0;
        for (Order order : orders.findOverdue(now, Math.max(1, command.batchSize()))) {
            if (payments.findByOrder(order.id()).stream().anyMatch(p -> p.status() == PaymentStatus.AWAITING_REVIEW)) {
                // The user sent a receipt in time; the admin's decision settles or rejects the order, not the clock.
                continue;
            }
            try {
                transactions.run(() -> {
                    order.expire(now);
                    orders.update(order);
                });
                expired++;
            } catch (ConcurrentUpdateException paidMeanwhile) {
                // The payment won; nothing to expire.
            }
        }
        return new Result(expired);
    }
}
