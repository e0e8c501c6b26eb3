package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;

/** Something the admins must see; one record per alert the admin bot can send. */
public sealed interface AdminAlert {

    /** A customer wrote to support; {@code preview} is the start of the message (plain text). */
    record TicketWaiting(dev.tollgate.domain.support.TicketId ticket, TelegramUserId customer, String preview)
            implements AdminAlert {
    }

    /** A card-to-card receipt waits for approval. */
    record ReceiptToReview(PaymentId payment, OrderId order, TelegramUserId user, Money amount, String receipt)
            implements AdminAlert {
    }

    /** A paid order could not be delivered after every retry; the user was refunded to the wallet. */
    record ProvisioningFailed(OrderId order, SubscriptionId subscription, TelegramUserId user, Money refunded,
                              String error) implements AdminAlert {
    }

    /** A provider reported an amount or currency that is not what the order asks; nothing was credited to the order. */
    record PaymentMismatch(OrderId order, PaymentProvider provider, String externalId, Money expected, Money received)
            implements AdminAlert {
    }

    /**
     * A provider took the user's money but the shop could not record it (store down, no matching order): the admins
     * must credit it by hand from the provider's charge id.
     */
    record PaymentNotRecorded(TelegramUserId user, PaymentProvider provider, String externalId, Money amount, String reason)
            implements AdminAlert {
    }

    /** Money arrived for an order that no longer accepted it; it went to the user's wallet. */
    record PaymentForClosedOrder(OrderId order, PaymentProvider provider, String externalId, Money amount)
            implements AdminAlert {
    }

    /** The scheduled backup was written but is larger than the messenger's upload limit, so it was not sent. */
    record BackupTooLarge(long bytes, long limitBytes) implements AdminAlert {
    }

    /**
     * Reconciliation found a panel out of step with the shop and put it back: clients re-created, wrong
     * enable/expiry/quota corrected, clients of ended subscriptions disabled; {@code unknownOurs} look like the shop's
     * (email convention) but match no subscription, {@code foreign} are someone else's; both were left untouched.
     * {@code examples} are a few emails, grouped by what was done.
     */
    record PanelDrift(dev.tollgate.domain.server.ServerId server, int recreated, int corrected, int disabled,
                      int unknownOurs, int foreign, java.util.List<String> examples) implements AdminAlert {
        public PanelDrift {
            examples = java.util.List.copyOf(examples);
        }
    }

    /** The scheduled backup could not be written (for PostgreSQL: pg_dump missing); told once, not every run. */
    record BackupFailed(String error) implements AdminAlert {
    }

    /**
     * A paid order's first delivery attempt failed; it is retried with backoff (and refunded after the last attempt).
     * The admins may retry it at once when they know the panel is back.
     */
    record ProvisioningDelayed(OrderId order, TelegramUserId user, dev.tollgate.domain.server.ServerId server,
                               int attempts, String error) implements AdminAlert {
    }

    /** A server stopped answering its health check (the recorded status went from up, or nothing, to down). */
    record PanelDown(dev.tollgate.domain.server.ServerId server, String detail) implements AdminAlert {
    }

    /** A server answers again; {@code downSince} is when it was first seen down. */
    record PanelUp(dev.tollgate.domain.server.ServerId server, java.time.Instant downSince) implements AdminAlert {
    }
}
