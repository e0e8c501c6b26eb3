package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListOrdersUseCase;
import dev.tollgate.domain.customer.Language;
import java.util.List;
import java.util.Locale;

/** The user's orders, newest first and paged: what, how much, when, the status; a cancel button for unpaid ones. */
public final class MyOrdersScreen implements Screen {

    static final int PAGE = 5;

    private final Ui ui;
    private final ListOrdersUseCase orders;
    private final CardTransfer.Source card;

    public MyOrdersScreen(Ui ui, ListOrdersUseCase orders) {
        this(ui, orders, java.util.Optional.empty());
    }

    /** With card payments on, an unpaid order in the card's currency offers to send its receipt again. */
    public MyOrdersScreen(Ui ui, ListOrdersUseCase orders, java.util.Optional<CardTransfer> card) {
        this(ui, orders, CardTransfer.Source.fixed(card));
    }

    /** {@code card}: the card in effect when the page is shown. */
    public MyOrdersScreen(Ui ui, ListOrdersUseCase orders, CardTransfer.Source card) {
        this.ui = ui;
        this.orders = orders;
        this.card = card;
    }

    @Override
    public String id() {
        return "myord";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        List<ListOrdersUseCase.Summary> mine = orders.list(new ListOrdersUseCase.Command(session.user()));
        if (data.arg(0).filter("rcpt"::equals).isPresent()) {
            // Back to waiting for a card receipt for one of the user's unpaid orders (another checkout took the wait).
            java.util.Optional<ListOrdersUseCase.Summary> order = data.arg(1).flatMap(id -> mine.stream()
                    .filter(o -> o.order().toString().equals(id) && o.cancellable()).findFirst());
            if (order.isEmpty()) {
                return Reply.alert(ui.t(language, "button.invalid"));
            }
            return Reply.edit(ui.t(language, "orders.send_receipt", Texts.shortId(order.get().order()),
                            ui.formats().money(language, order.get().total())), ui.backToMenu(language))
                    .then(new Reply.Converse(CardCheckoutScreen.RECEIPT_STEP,
                            java.util.Map.of("order", order.get().order().toString()), java.time.Duration.ofHours(24)));
        }
        int pages = Math.max(1, (mine.size() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        StringBuilder text = new StringBuilder(ui.t(language, "orders.title"));
        if (pages > 1) {
            text.append(' ').append(ui.t(language, "page.of", ui.formats().number(language, page + 1),
                    ui.formats().number(language, pages)));
        }
        if (mine.isEmpty()) {
            text.append("\n\n").append(ui.t(language, "orders.none"));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        java.util.Optional<CardTransfer> cardNow = card.now();
        for (ListOrdersUseCase.Summary order : mine.subList(page * PAGE, Math.min(mine.size(), (page + 1) * PAGE))) {
            String what = ui.t(language, "orders.kind." + order.kind().name().toLowerCase(Locale.ROOT))
                    + order.plan().map(p -> " · " + Texts.escape(p.value())).orElse("");
            String status = order.receiptInReview() ? ui.t(language, "orders.status.in_review")
                    : ui.t(language, "orders.status." + order.status().name().toLowerCase(Locale.ROOT));
            text.append("\n\n").append(ui.t(language, "orders.line", Texts.shortId(order.order()), what,
                    ui.formats().money(language, order.total()), ui.formats().dateTime(language, order.createdAt()), status));
            if (order.cancellable()) {
                boolean byCard = cardNow.map(c -> c.currency() == order.total().currency()).orElse(false)
                        && order.kind() != dev.tollgate.domain.order.OrderKind.WALLET_TOP_UP;
                java.util.ArrayList<Button> row = new java.util.ArrayList<>();
                if (byCard) {
                    row.add(Button.tap(ui.t(language, "orders.receipt", Texts.shortId(order.order())),
                            CallbackData.of(id(), "rcpt", order.order().toString())));
                }
                row.add(Button.tap(ui.t(language, "orders.cancel", Texts.shortId(order.order())),
                        CallbackData.of("chk", "x", order.order().toString())));
                keyboard.row(row);
            }
        }
        keyboard.row(Paging.buttons(ui, language, id(), page, pages));
        keyboard.row(ui.button(language, "button.wallet", CallbackData.of("wallet")), ui.menuButton(language));
        return Reply.edit(text.toString(), keyboard.build());
    }
}
