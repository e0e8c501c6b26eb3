package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.domain.customer.Language;
import java.time.Duration;
import java.util.Map;

/**
 * "Contact support" (from the help screen, or the button under a support answer): the user's next text goes to the
 * staff as a ticket, and later ones join the same ticket until it is closed. Owned by the back office (issue 10).
 */
public final class SupportScreen implements Screen {

    private static final String MESSAGE_STEP = "support.msg";
    private static final Duration TYPING = Duration.ofMinutes(30);

    private final Ui ui;
    private final ContactSupportUseCase support;

    public SupportScreen(Ui ui, ContactSupportUseCase support) {
        this.ui = ui;
        this.support = support;
    }

    @Override
    public String id() {
        return "support";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        return Reply.edit(ui.t(l, "office.support.ask"), ui.backToMenu(l))
                .then(new Reply.Converse(MESSAGE_STEP, Map.of(), TYPING));
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        if (!(input instanceof Inbound.Text text)) {
            return Reply.send(ui.t(l, "office.support.text_only"), ui.backToMenu(l))
                    .then(new Reply.Converse(MESSAGE_STEP, Map.of(), TYPING));
        }
        ContactSupportUseCase.Result result = support.contact(new ContactSupportUseCase.Command(session.user(), text.text()));
        if (result instanceof ContactSupportUseCase.Refused refused) {
            return Reply.send(ui.t(l, refused.reason() == ContactSupportUseCase.Reason.EMPTY ? "office.support.empty"
                    : "office.support.too_long"), ui.backToMenu(l)).then(new Reply.Converse(MESSAGE_STEP, Map.of(), TYPING));
        }
        return Reply.send(ui.t(l, "office.support.received"), Keyboard.builder()
                        .row(ui.button(l, "office.support.more", CallbackData.of(id())))
                        .row(ui.menuButton(l)).build())
                .then(new Reply.EndConversation());
    }
}
