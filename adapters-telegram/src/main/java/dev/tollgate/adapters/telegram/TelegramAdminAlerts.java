package dev.tollgate.adapters.telegram;

import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends every alert to every admin; one unreachable admin does not keep the others from hearing about it. */
final class TelegramAdminAlerts implements AdminAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramAdminAlerts.class);

    private final Chat chat;
    private final Views views;
    private final AdminDirectory admins;

    TelegramAdminAlerts(Chat chat, Views views, AdminDirectory admins) {
        this.chat = chat;
        this.views = views;
        this.admins = admins;
    }

    @Override
    public void alert(AdminAlert alert) {
        String text = render(alert);
        if (admins.admins().isEmpty()) {
            LOG.warn("no admins are configured (TOLLGATE_ADMIN_IDS); an alert went only to this log: {}", alert.getClass().getSimpleName());
            return;
        }
        int delivered = 0;
        for (TelegramUserId admin : admins.admins()) {
            try {
                if (alert instanceof AdminAlert.ReceiptToReview receipt) {
                    // The receipt itself, with the decision buttons under it.
                    chat.photoById(admin.value(), receipt.receipt(), text, views.reviewButtons(receipt.payment()));
                } else {
                    chat.send(admin.value(), text, null);
                }
                delivered++;
            } catch (NotificationFailedException e) {
                LOG.warn("admin {} could not be alerted: {}", admin, e.getMessage());
            }
        }
        if (delivered == 0) {
            throw new NotificationFailedException("no admin could be alerted about " + alert.getClass().getSimpleName(), null);
        }
    }

    /** Admin texts are in English: the admin bot is the operator's console. */
    String render(AdminAlert alert) {
        Language l = Language.EN;
        if (alert instanceof AdminAlert.ReceiptToReview a) {
            return "🧾 <b>Receipt to review</b>\nOrder " + Views.shortId(a.order()) + " · user <code>" + a.user() + "</code>\n"
                    + "Amount: " + views.money(l, a.amount()) + "\nPayment: <code>" + a.payment() + "</code>";
        }
        if (alert instanceof AdminAlert.ProvisioningFailed a) {
            return "🚨 <b>Delivery failed</b>\nOrder " + Views.shortId(a.order()) + " · user <code>" + a.user() + "</code>\n"
                    + "Refunded to the wallet: " + views.money(l, a.refunded()) + "\nError: " + Views.escape(a.error());
        }
        if (alert instanceof AdminAlert.PaymentMismatch a) {
            return "⚠️ <b>Payment mismatch</b>\nOrder " + Views.shortId(a.order()) + " via " + a.provider() + " ("
                    + Views.escape(a.externalId()) + ")\nExpected " + views.money(l, a.expected()) + ", received "
                    + views.money(l, a.received()) + ". Nothing was credited to the order.";
        }
        if (alert instanceof AdminAlert.PaymentNotRecorded a) {
            return "🚨 <b>Payment not recorded</b>\nUser <code>" + a.user() + "</code> paid " + views.money(l, a.amount())
                    + " via " + a.provider() + " (charge <code>" + Views.escape(a.externalId()) + "</code>), but it could not be"
                    + " recorded: " + Views.escape(a.reason()) + ". Credit it by hand.";
        }
        if (alert instanceof AdminAlert.PaymentForClosedOrder a) {
            return "ℹ️ <b>Payment for a closed order</b>\nOrder " + Views.shortId(a.order()) + " via " + a.provider() + " ("
                    + Views.escape(a.externalId()) + "): " + views.money(l, a.amount()) + " went to the user's wallet.";
        }
        throw new IllegalArgumentException("no text for alert " + alert.getClass().getSimpleName());
    }
}
