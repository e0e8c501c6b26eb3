package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ShowWalletUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.wallet.LedgerEntry;
import java.util.List;
import java.util.Locale;

/** The wallet's ledger lines, newest first, a page at a time: when, what, how much, the balance after. */
public final class WalletHistoryScreen implements Screen {

    static final int PAGE = 8;
    /** Pages beyond this are not offered; the ledger itself keeps everything. */
    static final int MAX_PAGES = 50;

    private final Ui ui;
    private final ShowWalletUseCase wallets;

    public WalletHistoryScreen(Ui ui, ShowWalletUseCase wallets) {
        this.ui = ui;
        this.wallets = wallets;
    }

    @Override
    public String id() {
        return "hist";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language language = session.language();
        int asked = Paging.page(data, 0, MAX_PAGES);
        List<LedgerEntry> lines = wallets.show(new ShowWalletUseCase.Command(session.user(), (asked + 1) * PAGE + 1)).latest();
        int pages = Math.max(1, Math.min(MAX_PAGES, (lines.size() + PAGE - 1) / PAGE));
        int page = Math.min(asked, pages - 1);
        StringBuilder text = new StringBuilder(ui.t(language, "history.title"));
        if (lines.isEmpty()) {
            text.append("\n\n").append(ui.t(language, "history.none"));
        }
        for (LedgerEntry line : lines.subList(page * PAGE, Math.min(lines.size(), (page + 1) * PAGE))) {
            String amount = (line.amount().isNegative() ? "−" : "+") + ui.formats().money(language,
                    line.amount().isNegative() ? line.amount().negate() : line.amount());
            text.append("\n\n").append(ui.t(language, "history.line", ui.formats().dateTime(language, line.at()),
                    ui.t(language, "ledger." + line.kind().name().toLowerCase(Locale.ROOT)), amount,
                    ui.formats().money(language, line.balanceAfter()),
                    line.orderRef().map(Texts::shortId).map(id -> ui.t(language, "history.order", id)).orElse("")));
        }
        boolean more = lines.size() > (page + 1) * PAGE && page + 1 < MAX_PAGES;
        Keyboard keyboard = Keyboard.builder()
                .row(Paging.buttons(ui, language, id(), page, more ? page + 2 : page + 1))
                .row(ui.button(language, "button.wallet", CallbackData.of("wallet")), ui.menuButton(language))
                .build();
        return Reply.edit(text.toString(), keyboard);
    }
}
