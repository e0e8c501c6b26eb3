package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.in.AccessDetails;
import dev.tollgate.application.port.out.CustomerNotifier;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.DataSize;
import java.util.Locale;

/** Renders every {@link Notice} in the user's language and sends it to their private chat (with a QR code for links). */
final class TelegramCustomerNotifier implements CustomerNotifier {

    private final Chat chat;
    private final Views views;
    private final QrCards qrCards;

    TelegramCustomerNotifier(Chat chat, Views views, QrCards qrCards) {
        this.chat = chat;
        this.views = views;
        this.qrCards = qrCards;
    }

    @Override
    public void notify(TelegramUserId user, Language language, Notice notice) {
        chat.send(user.value(), render(language, notice), views.backToMenu(language));
        AccessDetails access = accessOf(notice);
        if (access != null) {
            qrCards.send(user.value(), language, access);
        }
    }

    private static AccessDetails accessOf(Notice notice) {
        if (notice instanceof Notice.OrderFulfilled fulfilled) {
            return fulfilled.access();
        }
        if (notice instanceof Notice.AccessGranted granted) {
            return granted.access();
        }
        return null;
    }

    /** One text per kind of notice; a notice type without a text here fails loudly in the tests, never silently. */
    String render(Language l, Notice notice) {
        if (notice instanceof Notice.PaymentReceived n) {
            return views.text(l, "notice.payment_received", views.money(l, n.amount()), Views.shortId(n.order()));
        }
        if (notice instanceof Notice.OrderFulfilled n) {
            return views.text(l, "notice.order_fulfilled", Views.shortId(n.order()), Views.escape(n.access().serverName()),
                    views.expiry(l, n.access()), views.traffic(l, n.access().quota()), link(n.access()));
        }
        if (notice instanceof Notice.ProvisioningDelayed n) {
            return views.text(l, "notice.provisioning_delayed", Views.shortId(n.order()));
        }
        if (notice instanceof Notice.RefundedToWallet n) {
            return views.text(l, "notice.refunded", Views.shortId(n.order()), views.money(l, n.amount()),
                    views.text(l, "refund." + n.reason().name().toLowerCase(Locale.ROOT)), views.money(l, n.balance()));
        }
        if (notice instanceof Notice.WalletToppedUp n) {
            return views.text(l, "notice.wallet_topped_up", views.money(l, n.amount()), views.money(l, n.balance()));
        }
        if (notice instanceof Notice.ReceiptRejected n) {
            return views.text(l, "notice.receipt_rejected", Views.shortId(n.order()));
        }
        if (notice instanceof Notice.CashbackCredited n) {
            return views.text(l, "notice.cashback", views.money(l, n.amount()), views.money(l, n.balance()));
        }
        if (notice instanceof Notice.Reminder n) {
            if (n.kind().isExpiry()) {
                return views.text(l, "notice.reminder.expiry", views.dateTime(l, n.expiresAt()));
            }
            return views.text(l, "notice.reminder.traffic", Integer.toString(n.kind().trafficPercent()),
                    views.traffic(l, n.trafficLeft() == null ? DataSize.ZERO : n.trafficLeft()));
        }
        if (notice instanceof Notice.AccessSuspended n) {
            return views.text(l, "notice.suspended." + n.reason().name().toLowerCase(Locale.ROOT));
        }
        if (notice instanceof Notice.AutoRenewed n) {
            return views.text(l, "notice.auto_renewed", views.money(l, n.charged()), Views.shortId(n.order()));
        }
        if (notice instanceof Notice.AutoRenewUnaffordable n) {
            return views.text(l, "notice.auto_renew_unaffordable", views.money(l, n.price()), views.money(l, n.balance()));
        }
        if (notice instanceof Notice.AccessGranted n) {
            return views.text(l, "notice.access_granted", Views.escape(n.access().serverName()), views.expiry(l, n.access()),
                    views.traffic(l, n.access().quota()), link(n.access()));
        }
        throw new IllegalArgumentException("no text for notice " + notice.getClass().getSimpleName());
    }

    private static String link(AccessDetails access) {
        return "<code>" + Views.escape(access.shareLink()) + "</code>";
    }
}
