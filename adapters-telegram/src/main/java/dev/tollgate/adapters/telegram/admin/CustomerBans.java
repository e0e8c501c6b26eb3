package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.BanCustomerUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;

/** The card's ban from the shop (confirmed) and lifting it; a repeated press is told it is done already. */
final class CustomerBans {

    private final Ui ui;
    private final String screen;
    private final BanCustomerUseCase bans;
    private final WalletAdjustments.CardView cardView;

    CustomerBans(Ui ui, String screen, BanCustomerUseCase bans, WalletAdjustments.CardView cardView) {
        this.ui = ui;
        this.screen = screen;
        this.bans = bans;
        this.cardView = cardView;
    }

    Reply confirm(Language l, TelegramUserId customer) {
        return Reply.edit(ui.t(l, "office.users.ban_confirm", Long.toString(customer.value())), Keyboard.builder()
                .row(ui.button(l, "office.users.ban_yes", CallbackData.of(screen, "bb", customer.value())),
                        ui.button(l, "office.users.back_to_card", CallbackData.of(screen, "c", customer.value())))
                .build());
    }

    Reply change(Session session, TelegramUserId customer, boolean ban) {
        Language l = session.language();
        BanCustomerUseCase.Result result = bans.change(new BanCustomerUseCase.Command(session.user(), customer, ban));
        if (result instanceof BanCustomerUseCase.Changed changed) {
            return cardView.show(session, customer,
                    ui.t(l, changed.banned() ? "office.users.banned_now" : "office.users.unbanned_now"))
                    .withToast(ui.t(l, "office.staff.saved"));
        }
        if (result instanceof BanCustomerUseCase.Unchanged unchanged) {
            return cardView.show(session, customer, null)
                    .withToast(ui.t(l, unchanged.banned() ? "office.users.already_banned" : "office.users.not_banned"));
        }
        return Reply.alert(ui.t(l, switch (((BanCustomerUseCase.Refused) result).reason()) {
            case NOT_AN_ADMIN -> "admin.not_allowed";
            case UNKNOWN_CUSTOMER -> "office.users.unknown";
            case STAFF_MEMBER -> "office.users.ban_staff";
        }));
    }
}
