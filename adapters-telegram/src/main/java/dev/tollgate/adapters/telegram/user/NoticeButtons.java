package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.model.AccessDetails;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;

/**
 * The way on from each notice: a reminder or a suspension offers to renew (or, for a trial, the plans) and to top
 * up; a delivery leads to the subscription and the plans; money moved leads to the wallet. Always the main menu.
 */
public final class NoticeButtons {

    private NoticeButtons() {
    }

    public static Keyboard keyboard(Ui ui, Language language, Notice notice) {
        return keyboard(ui, language, notice, java.util.Optional.empty());
    }

    /** With the shop's support account, a rejected receipt and a delayed delivery also offer to contact it. */
    public static Keyboard keyboard(Ui ui, Language language, Notice notice, java.util.Optional<String> supportLink) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (notice instanceof Notice.ReceiptRejected || notice instanceof Notice.ProvisioningDelayed) {
            supportLink.ifPresent(link -> keyboard.row(
                    dev.tollgate.adapters.telegram.routing.Button.link(ui.t(language, "button.support"), link)));
        }
        if (notice instanceof Notice.Reminder reminder) {
            renewRow(ui, language, keyboard, reminder.subscription());
        } else if (notice instanceof Notice.AccessSuspended suspended
                && suspended.reason() != Notice.SuspensionReason.REVOKED) {
            renewRow(ui, language, keyboard, suspended.subscription());
        } else if (notice instanceof Notice.AutoRenewUnaffordable unaffordable) {
            keyboard.row(ui.button(language, "button.top_up", CallbackData.of("wallet")),
                    ui.button(language, "button.renew", CallbackData.of("chk", "r", unaffordable.subscription().toString())));
        } else if (notice instanceof Notice.AccessReady ready) {
            delivered(ui, language, keyboard, ready.access());
        } else if (notice instanceof Notice.AccessGranted granted) {
            delivered(ui, language, keyboard, granted.access());
        } else if (notice instanceof Notice.SubscriptionMoved moved) {
            delivered(ui, language, keyboard, moved.access());
        } else if (notice instanceof Notice.OrderFulfilled fulfilled) {
            delivered(ui, language, keyboard, fulfilled.access());
        } else if (notice instanceof Notice.ReceiptRejected) {
            keyboard.row(ui.button(language, "button.buy", CallbackData.of("buy")));
        } else if (notice instanceof Notice.RefundedToWallet || notice instanceof Notice.WalletToppedUp
                || notice instanceof Notice.CashbackCredited) {
            keyboard.row(ui.button(language, "button.wallet", CallbackData.of("wallet")));
        }
        return keyboard.row(ui.menuButton(language)).build();
    }

    /** A trial's delivery: the plans come first, so the way to pay is one tap away. */
    static Keyboard forAccess(Ui ui, Language language, AccessDetails access) {
        Keyboard.Builder keyboard = Keyboard.builder();
        delivered(ui, language, keyboard, access);
        return keyboard.row(ui.menuButton(language)).build();
    }

    private static void renewRow(Ui ui, Language language, Keyboard.Builder keyboard, SubscriptionId subscription) {
        keyboard.row(ui.button(language, "button.renew", CallbackData.of("chk", "r", subscription.toString())),
                ui.button(language, "button.buy", CallbackData.of("buy")));
        keyboard.row(ui.button(language, "button.top_up", CallbackData.of("wallet")));
    }

    private static void delivered(Ui ui, Language language, Keyboard.Builder keyboard, AccessDetails access) {
        if (access.kind() == SubscriptionKind.TRIAL) {
            keyboard.row(ui.button(language, "button.buy", CallbackData.of("buy")));
        }
        keyboard.row(ui.button(language, "button.subscriptions", CallbackData.of("subs")));
    }
}
