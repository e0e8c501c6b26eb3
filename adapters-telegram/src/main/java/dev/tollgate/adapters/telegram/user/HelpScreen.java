package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import java.util.Set;

/** How the shop works, from /help or the Help button. */
public final class HelpScreen implements Screen {

    private final Ui ui;

    public HelpScreen(Ui ui) {
        this.ui = ui;
    }

    @Override
    public String id() {
        return "help";
    }

    @Override
    public Set<String> commands() {
        return Set.of("help");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        return Reply.send(ui.t(session.language(), "help.text"), keyboard(session));
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        return Reply.edit(ui.t(session.language(), "help.text"), keyboard(session));
    }

    /** "Contact support" (the back office's SupportScreen) above the way back to the menu. */
    private dev.tollgate.adapters.telegram.routing.Keyboard keyboard(Session session) {
        return dev.tollgate.adapters.telegram.routing.Keyboard.builder()
                .row(ui.button(session.language(), "office.support.button", CallbackData.of("support")))
                .row(ui.menuButton(session.language())).build();
    }
}
