package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.Paging;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ShowDiscountCodeUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Under a promo code's card: the orders it was used on, newest first, a page at a time, each opening its order. */
final class PromoUses {

    private final Ui ui;
    private final String screen;
    private final ShowDiscountCodeUseCase show;

    PromoUses(Ui ui, String screen, ShowDiscountCodeUseCase show) {
        this.ui = ui;
        this.screen = screen;
        this.show = show;
    }

    /** The card with page {@code data.arg(2)} of the code's uses below it and the card's own buttons after theirs. */
    Reply view(Session session, PromoCode code, String card, Keyboard cardKeyboard, CallbackData data) {
        Language l = session.language();
        int page = Paging.page(data, 2, 100_000);
        ShowDiscountCodeUseCase.Result result = show.show(new ShowDiscountCodeUseCase.Command(session.user(), code, page));
        if (!(result instanceof ShowDiscountCodeUseCase.Shown shown)) {
            return Reply.alert(ui.t(l, ((ShowDiscountCodeUseCase.Refused) result).reason()
                    == ShowDiscountCodeUseCase.Reason.NOT_AN_ADMIN ? "admin.not_allowed" : "office.promos.unknown"));
        }
        StringBuilder text = new StringBuilder(card).append("\n\n");
        if (shown.uses().isEmpty()) {
            text.append(ui.t(l, page == 0 ? "office.promos.no_uses" : "office.promos.no_more_uses"));
        } else {
            text.append(ui.t(l, "office.promos.uses", page + 1));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Order order : shown.uses()) {
            text.append('\n').append(ui.t(l, "office.promos.use", Long.toString(order.customer().value()),
                    Texts.shortId(order.id().value()), ui.formats().money(l, order.discount()),
                    order.status().name().toLowerCase(Locale.ROOT), ui.formats().dateTime(l, order.createdAt())));
            keyboard.row(Button.tap(ui.t(l, "office.users.open_order", Texts.shortId(order.id().value())),
                    CallbackData.of("ord", "v", order.id().value())));
        }
        List<Button> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(Button.tap(ui.t(l, "button.previous"), CallbackData.of(screen, "u", code.value(), page - 1)));
        }
        if (shown.more()) {
            paging.add(Button.tap(ui.t(l, "button.next"), CallbackData.of(screen, "u", code.value(), page + 1)));
        }
        keyboard.row(paging);
        cardKeyboard.rows().forEach(keyboard::row);
        return Reply.edit(text.toString(), keyboard.build());
    }
}
