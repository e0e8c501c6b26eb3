package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The figures behind the admins' statistics that orders alone do not give: new customers, trials, who paid how. */
public interface GrowthFigures {

    /** When each customer first wrote to the bot, for those who did in {@code [from, to)}. */
    List<Instant> firstContacts(Instant from, Instant to);

    /** The trials started in {@code [from, to)}, each with whether its owner paid for a plan since. */
    List<TrialStart> trialsStarted(Instant from, Instant to);

    /** The provider of the confirmed payment of each order paid in {@code [from, to)} (WALLET when paid from it). */
    Map<OrderId, PaymentProvider> providersOfOrdersPaid(Instant from, Instant to);

    /** {@code paidSince}: an order other than a wallet top-up was paid at or after the trial started. */
    record TrialStart(TelegramUserId user, Instant startedAt, boolean paidSince) {
    }
}
