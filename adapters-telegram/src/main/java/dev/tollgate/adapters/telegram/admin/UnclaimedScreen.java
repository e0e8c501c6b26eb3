package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.Paging;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListUnclaimedUseCase;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.domain.customer.Language;
import java.util.Set;

/**
 * {@code /unclaimed} for admins: the subscriptions an import could not match to a user, with the one-time code to
 * hand to each, a page at a time (oldest first). To anyone else the command does not exist.
 */
public final class UnclaimedScreen implements Screen {

    static final int PAGE = 10;

    private final Ui ui;
    private final ListUnclaimedUseCase unclaimed;

    public UnclaimedScreen(Ui ui, ListUnclaimedUseCase unclaimed) {
        this.ui = ui;
        this.unclaimed = unclaimed;
    }

    @Override
    public String id() {
        return "unclm";
    }

    @Override
    public Set<String> commands() {
        return Set.of("unclaimed");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        return page(session, 0).map(page -> Reply.send(page.text, page.keyboard))
                .orElseGet(() -> Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l)));
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        ListUnclaimedUseCase.Result first = unclaimed.list(new ListUnclaimedUseCase.Query(session.user(), 0, PAGE));
        if (!(first instanceof ListUnclaimedUseCase.Page page)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        int pages = Math.max(1, (page.total() + PAGE - 1) / PAGE);
        return page(session, Paging.page(data, 0, pages)).map(p -> Reply.edit(p.text, p.keyboard))
                .orElseGet(() -> Reply.alert(ui.t(l, "admin.not_allowed")));
    }

    private record Shown(String text, Keyboard keyboard) {
    }

    private java.util.Optional<Shown> page(Session session, int index) {
        Language l = session.language();
        ListUnclaimedUseCase.Result result = unclaimed.list(new ListUnclaimedUseCase.Query(session.user(), index * PAGE, PAGE));
        if (!(result instanceof ListUnclaimedUseCase.Page page)) {
            return java.util.Optional.empty();
        }
        int pages = Math.max(1, (page.total() + PAGE - 1) / PAGE);
        StringBuilder text = new StringBuilder(ui.t(l, "unclaimed.title", page.total(), index + 1, pages));
        if (page.items().isEmpty()) {
            text.append("\n\n").append(ui.t(l, "unclaimed.empty"));
        }
        for (Unclaimed u : page.items()) {
            String expiry = u.expiresAt() != null ? ui.formats().dateTime(l, u.expiresAt())
                    : u.delayedStart() != null ? ui.t(l, "unclaimed.first_use", ui.formats().duration(l, u.delayedStart()))
                    : ui.t(l, "expiry.never");
            text.append("\n\n").append(ui.t(l, "unclaimed.line", Texts.code(u.code()), Texts.escape(u.email()),
                    Texts.escape(u.server().value()), expiry));
        }
        Keyboard.Builder keyboard = Keyboard.builder().row(Paging.buttons(ui, l, id(), index, pages));
        return java.util.Optional.of(new Shown(text.toString(), OfficeScreen.backToOffice(ui, l, keyboard).build()));
    }
}
