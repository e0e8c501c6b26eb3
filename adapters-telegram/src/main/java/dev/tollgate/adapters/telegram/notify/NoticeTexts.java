package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.adapters.telegram.user.Access;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.DataSize;
import java.util.Locale;

/** One text per kind of notice; a notice type without a text here fails loudly in the tests, never silently. */
public final class NoticeTexts {

    private final Ui ui;

    public NoticeTexts(Ui ui) {
        this.ui = ui;
    }

    public String render(Language l, Notice notice) {
        var f = ui.formats();
        if (notice instanceof Notice.PaymentReceived n) {
            return ui.t(l, "notice.payment_received", f.money(l, n.amount()), Texts.shortId(n.order()));
        }
        if (notice instanceof Notice.OrderFulfilled n) {
            return ui.t(l, "notice.order_fulfilled", Texts.shortId(n.order()), Texts.escape(n.access().serverName()),
                    f.expiry(l, n.access()), f.traffic(l, n.access().quota()), Texts.code(n.access().shareLink()));
        }
        if (notice instanceof Notice.ProvisioningDelayed n) {
            return ui.t(l, "notice.provisioning_delayed", Texts.shortId(n.order()));
        }
        if (notice instanceof Notice.RefundedToProvider n) {
            return ui.t(l, "notice.refunded_to_provider", Texts.shortId(n.order()), f.money(l, n.amount()),
                    ui.t(l, "payments.provider." + n.provider().name().toLowerCase(Locale.ROOT)));
        }
        if (notice instanceof Notice.RefundedToWallet n) {
            return ui.t(l, "notice.refunded", Texts.shortId(n.order()), f.money(l, n.amount()),
                    ui.t(l, "refund." + n.reason().name().toLowerCase(Locale.ROOT)), f.money(l, n.balance()));
        }
        if (notice instanceof Notice.WalletToppedUp n) {
            return ui.t(l, "notice.wallet_topped_up", f.money(l, n.amount()), f.money(l, n.balance()));
        }
        if (notice instanceof Notice.ReceiptRejected n) {
            String text = ui.t(l, "notice.receipt_rejected", Texts.shortId(n.order()));
            return n.reason() == null ? text
                    : text + "\n" + ui.t(l, "office.receipts.reason_to_user", ui.t(l, rejectionKey(n.reason())));
        }
        if (notice instanceof Notice.SupportAnswered n) {
            return ui.t(l, "office.tickets.answer_to_user", Texts.escape(n.text()));
        }
        if (notice instanceof Notice.StaffMessage n) {
            return ui.t(l, "office.users.message_to_user", Texts.escape(n.text()));
        }
        if (notice instanceof Notice.CashbackCredited n) {
            return ui.t(l, "notice.cashback", f.money(l, n.amount()), f.money(l, n.balance()));
        }
        if (notice instanceof Notice.Reminder n) {
            if (n.kind().isExpiry()) {
                return ui.t(l, "notice.reminder.expiry", f.dateTime(l, n.expiresAt()));
            }
            return ui.t(l, "notice.reminder.traffic", Integer.toString(n.kind().trafficPercent()),
                    f.traffic(l, n.trafficLeft() == null ? DataSize.ZERO : n.trafficLeft()));
        }
        if (notice instanceof Notice.AccessSuspended n) {
            return ui.t(l, "notice.suspended." + n.reason().name().toLowerCase(Locale.ROOT));
        }
        if (notice instanceof Notice.AutoRenewed n) {
            return ui.t(l, "notice.auto_renewed", f.money(l, n.charged()), Texts.shortId(n.order()));
        }
        if (notice instanceof Notice.AutoRenewUnaffordable n) {
            return ui.t(l, "notice.auto_renew_unaffordable", f.money(l, n.price()), f.money(l, n.balance()));
        }
        if (notice instanceof Notice.AccessGranted n) {
            return ui.t(l, "notice.access_granted", Texts.escape(n.access().serverName()), f.expiry(l, n.access()),
                    f.traffic(l, n.access().quota()), Texts.code(n.access().shareLink()));
        }
        if (notice instanceof Notice.AccessReady n) {
            return Access.text(ui, l, "access.ready", n.access());
        }
        if (notice instanceof Notice.SubscriptionMoved n) {
            return ui.t(l, "locations.moved", Texts.escape(n.access().serverName()), Texts.code(n.access().shareLink()));
        }
        throw new IllegalArgumentException("no text for notice " + notice.getClass().getSimpleName());
    }

    /** The access a notice delivers, whose link is also sent as a QR code. */
    public static AccessDetails accessOf(Notice notice) {
        if (notice instanceof Notice.OrderFulfilled fulfilled) {
            return fulfilled.access();
        }
        if (notice instanceof Notice.AccessGranted granted) {
            return granted.access();
        }
        if (notice instanceof Notice.AccessReady ready) {
            return ready.access();
        }
        if (notice instanceof Notice.SubscriptionMoved moved) {
            return moved.access();
        }
        return null;
    }

    /** The text key of a rejection reason, shared with the back office's reason buttons. */
    public static String rejectionKey(dev.tollgate.domain.payment.ReceiptRejection reason) {
        return switch (reason) {
            case AMOUNT_MISMATCH -> "office.receipts.reason.amount";
            case UNREADABLE -> "office.receipts.reason.unreadable";
            case NOT_A_RECEIPT -> "office.receipts.reason.not_receipt";
            case ALREADY_USED -> "office.receipts.reason.used";
        };
    }
}
