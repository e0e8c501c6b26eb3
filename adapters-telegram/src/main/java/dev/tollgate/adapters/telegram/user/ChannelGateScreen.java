package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.domain.customer.Language;
import java.util.Optional;
import java.util.Set;

/**
 * The free trial behind the shop's channel ({@code shop.requireChannel}): a user who is not in it is asked to join
 * (a URL button to the channel) and to tap "I've joined", which checks again; a member gets the trial at once.
 * When Telegram cannot tell (a wrong channel, the bot not an admin there) the trial is not held back.
 * Callback data: {@code trial} as before, {@code trial:joined} the re-check.
 */
public final class ChannelGateScreen implements Screen {

    private final Screen trial;
    private final Ui ui;
    private final ChannelMembership membership;
    private final String channel;
    private final Optional<String> link;

    public ChannelGateScreen(Screen trial, Ui ui, ChannelMembership membership, String channel, Optional<String> link) {
        this.trial = trial;
        this.ui = ui;
        this.membership = membership;
        this.channel = channel;
        this.link = link;
    }

    @Override
    public String id() {
        return trial.id();
    }

    @Override
    public Set<String> commands() {
        return trial.commands();
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        boolean recheck = data.arg(0).filter("joined"::equals).isPresent();
        if (membership.status(channel, session.user().value()) == ChannelMembership.Status.NOT_MEMBER) {
            Language language = session.language();
            if (recheck) {
                return Reply.alert(ui.t(language, "gate.not_yet"));
            }
            Keyboard.Builder keyboard = Keyboard.builder();
            link.ifPresent(url -> keyboard.row(Button.link(ui.t(language, "button.join_channel"), url)));
            keyboard.row(ui.button(language, "button.joined", CallbackData.of(id(), "joined")));
            keyboard.row(ui.menuButton(language));
            return Reply.edit(ui.t(language, "gate.join", Texts.escape(channel)), keyboard.build());
        }
        return trial.onTap(session, CallbackData.of(trial.id()));
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        return trial.onCommand(session, command);
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        return trial.onInput(session, input);
    }
}
