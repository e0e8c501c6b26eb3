package dev.tollgate.application.port.out;

import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.payment.ReceiptRejection;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;

/** Something a user is told without having asked; one record per message the bot can send. */
public sealed interface Notice {

    /** The payment for an order counts; delivery follows (or already happened). */
    record PaymentReceived(OrderId order, Money amount) implements Notice {
    }

    /** An order is delivered: the subscription is created, renewed or upgraded on its panel. */
    record OrderFulfilled(OrderId order, AccessDetails access) implements Notice {
    }

    /** The payment counts but the panel is not answering; Tollgate keeps trying and will tell the user. */
    record ProvisioningDelayed(OrderId order) implements Notice {
    }

    /** Money went back to the wallet; {@code balance} is the wallet's balance afterwards. */
    record RefundedToWallet(OrderId order, Money amount, Money balance, RefundReason reason) implements Notice {
    }

    /** Why money was refunded. */
    enum RefundReason {
        PROVISIONING_FAILED, ADMIN_REFUND, PAYMENT_FOR_CLOSED_ORDER,
        /** The amount or currency paid was not what the order asked. */
        PAYMENT_MISMATCH,
        /** The order was not paid in time. */
        ORDER_EXPIRED,
        /** The user had cancelled the order. */
        ORDER_CANCELLED,
        /** The order had been paid already (a second payment for it). */
        ORDER_ALREADY_PAID,
        /** The paid order's server had filled up (or closed for sales) since the order was placed. */
        NO_ROOM;

        /** Why money for an order could not pay it: the amount, else the state the order was in. */
        public static RefundReason forUnusablePayment(boolean mismatch, dev.tollgate.domain.order.OrderStatus status) {
            if (mismatch) {
                return PAYMENT_MISMATCH;
            }
            return switch (status) {
                case EXPIRED -> ORDER_EXPIRED;
                case CANCELLED -> ORDER_CANCELLED;
                case PAID, FULFILLED -> ORDER_ALREADY_PAID;
                default -> PAYMENT_FOR_CLOSED_ORDER;
            };
        }
    }

    /** The shop gave the money back through the provider it was paid with (Telegram Stars back to the user). */
    record RefundedToProvider(OrderId order, Money amount, dev.tollgate.domain.payment.PaymentProvider provider)
            implements Notice {
    }

    /** The wallet was topped up. */
    record WalletToppedUp(OrderId order, Money amount, Money balance) implements Notice {
    }

    /** An admin refused a card-to-card receipt; nothing was credited. {@code reason} is optional. */
    record ReceiptRejected(OrderId order, ReceiptRejection reason) implements Notice {
        public ReceiptRejected(OrderId order) {
            this(order, null);
        }
    }

    /** A message a member of the staff wrote to this user (plain text; the adapter escapes it). */
    record StaffMessage(String text) implements Notice {
        public StaffMessage {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** The staff answered the user's support ticket (plain text; the adapter escapes it). */
    record SupportAnswered(String text) implements Notice {
        public SupportAnswered {
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    /** A referred user paid, and part of it went to this user's wallet. */
    record CashbackCredited(Money amount, Money balance) implements Notice {
    }

    /** A subscription is about to expire or its traffic is running low. */
    record Reminder(SubscriptionId subscription, ReminderKind kind, Instant expiresAt, DataSize trafficLeft)
            implements Notice {
    }

    /** Access was cut on the panel because the term ended or the traffic ran out. */
    record AccessSuspended(SubscriptionId subscription, SuspensionReason reason) implements Notice {
    }

    /** Why access was cut. */
    enum SuspensionReason {
        EXPIRED, TRAFFIC_USED_UP, REVOKED
    }

    /** The wallet paid a renewal the user had switched on. */
    record AutoRenewed(SubscriptionId subscription, OrderId order, Money charged) implements Notice {
    }

    /** Auto-renewal is on but the wallet does not cover the price. */
    record AutoRenewUnaffordable(SubscriptionId subscription, Money price, Money balance) implements Notice {
    }

    /** Access that was pending (a trial whose panel was down) is ready: the link, its QR code, expiry and traffic. */
    record AccessReady(AccessDetails access) implements Notice {
    }

    /** An admin granted or extended access. */
    record AccessGranted(AccessDetails access) implements Notice {
    }

    /** A move to another location that could not finish at once is done: the access is on the new server now. */
    record SubscriptionMoved(AccessDetails access) implements Notice {
    }
}
