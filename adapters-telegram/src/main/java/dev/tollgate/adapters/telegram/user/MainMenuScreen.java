package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import java.util.Set;

/** /start and the main menu; also the answer to anything said outside a conversation. */
public final class MainMenuScreen implements Screen {

    private final Ui ui;

    public MainMenuScreen(Ui ui) {
        this.ui = ui;
    }

    @Override
    public String id() {
        return "menu";
    }

    @Override
    public Set<String> commands() {
        return Set.of("start", "menu");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        String text = command.name().equals("start")
                ? ui.t(session.language(), "welcome", Texts.escape(session.firstName() == null ? "" : session.firstName()))
                        + "\n\n" + ui.t(session.language(), "menu.title")
                : ui.t(session.language(), "menu.title");
        return Reply.send(text, ui.mainMenu(session.language())).then(new Reply.EndConversation());
    }

    /** The shop-wide {@code /cancel}: whatever the user was typing for is dropped, and the menu shows. */
    @Override
    public java.util.Optional<Reply> onCancel(Session session) {
        boolean typing = session.conversation().isPresent();
        Reply reply = Reply.send(ui.t(session.language(), typing ? "cancel.done" : "cancel.nothing"),
                ui.mainMenu(session.language()));
        return java.util.Optional.of(typing ? reply.then(new Reply.EndConversation()) : reply);
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        return Reply.edit(ui.t(session.language(), "menu.title"), ui.mainMenu(session.language()))
                .then(new Reply.EndConversation());
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        if (input instanceof Inbound.Photo || input instanceof Inbound.Document) {
            return Reply.send(ui.t(session.language(), "receipt.no_order"), ui.mainMenu(session.language()));
        }
        if (input instanceof Inbound.Text || input instanceof Inbound.Command || input instanceof Inbound.Other) {
            return Reply.send(ui.t(session.language(), "text.unknown"), ui.mainMenu(session.language()));
        }
        return Reply.nothing();
    }
}
