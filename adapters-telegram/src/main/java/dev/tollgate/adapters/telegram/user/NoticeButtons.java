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
 * A traffic reminder, or a cut for traffic used up, also offers "➕ Add traffic" when the subscription's plan sells
 * traffic packs (the notifier looks that up; {@link #addsTraffic} names the notices that may offer it).
 */
public final class NoticeButtons {

    private NoticeButtons() {
    }

    public static Keyboard keyboard(Ui ui, Language language, Notice notice) {
        return keyboard(ui, language, notice, java.util.Optional.empty());
    }

    /** With the shop's support account, a rejected receipt and a delayed delivery also offer to contact it. */
    public static Keyboard keyboard(Ui ui, Language language, Notice notice, java.util.Optional<String> supportLink) {
        return keyboard(ui, language, notice, supportLink, false);
    }

    /**
     * {@code packsOnSale}: the subscription's plan sells traffic packs for its current term; a notice that
     * {@link #addsTraffic} then leads to them with the subscription page's own "➕ Add traffic" ({@code tpk:<id>}).
     */
    public static Keyboard keyboard(Ui ui, Language language, Notice notice, java.util.Optional<String> supportLink,
                                    boolean packsOnSale) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (packsOnSale) {
            addsTraffic(notice).ifPresent(subscription -> keyboard.row(
                    ui.button(language, "button.add_traffic", CallbackData.of("tpk", subscription.toString()))));
        }
        if (notice instanceof Notice.ReceiptRejected || notice instanceof Notice.ProvisioningDelayed) {
            supportLink.ifPresent(link -> keyboard.row(
                    dev.tollgate.adapters.telegram.routing.Button.link(ui.t(language, "button.support"), link)));
        }
        if (notice instanceof Notice.Reminder reminder) {
            renewRow(ui, language, keyboard, reminder.subscription());
        } else if (notice instanceof Notice.AccessSuspended suspended
                && suspended.reason() != Notice.SuspensionReason.REVOKED
                && suspended.reason() != Notice.SuspensionReason.SUSPENDED_BY_SHOP) {
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

    /** The subscription of a notice about its traffic (a reminder at 80 % or 95 %, a cut for quota used up). */
    public static java.util.Optional<SubscriptionId> addsTraffic(Notice notice) {
        if (notice instanceof Notice.Reminder reminder && reminder.kind().isTraffic()) {
            return java.util.Optional.of(reminder.subscription());
        }
        if (notice instanceof Notice.AccessSuspended suspended
                && suspended.reason() == Notice.SuspensionReason.TRAFFIC_USED_UP) {
            return java.util.Optional.of(suspended.subscription());
        }
        return java.util.Optional.empty();
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
