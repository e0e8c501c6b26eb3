package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Gate;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.domain.customer.Language;
import java.util.Optional;
import java.util.Set;

/**
 * Lets the user pick the bot's language; the choice is stored and wins over their Telegram client's language. Open
 * before the shop's terms are accepted: after the choice such a user sees the terms again, in the new language.
 */
public final class LanguageScreen implements Screen {

    private final Ui ui;
    private final ChangeCustomerSettingsUseCase settings;
    private final Gate gate;

    public LanguageScreen(Ui ui, ChangeCustomerSettingsUseCase settings) {
        this(ui, settings, Gate.OPEN);
    }

    public LanguageScreen(Ui ui, ChangeCustomerSettingsUseCase settings, Gate gate) {
        this.ui = ui;
        this.settings = settings;
        this.gate = gate;
    }

    @Override
    public String id() {
        return "lang";
    }

    @Override
    public Set<String> commands() {
        return Set.of("language");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        return Reply.send(ui.t(session.language(), "language.choose"), choices(session.language()));
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        if (data.args().isEmpty()) {
            return Reply.edit(ui.t(session.language(), "language.choose"), choices(session.language()));
        }
        Optional<Language> chosen = java.util.Arrays.stream(Language.values())
                .filter(l -> l.tag().equals(data.args().get(0))).findFirst();
        if (chosen.isEmpty()) {
            return Reply.alert(ui.t(session.language(), "button.invalid"));
        }
        settings.chooseLanguage(session.user(), chosen.get());
        Language now = chosen.get();
        Optional<Reply> held = gate.shown(session.inLanguage(now), ui.t(now, "language.changed"));
        if (held.isPresent()) {
            return held.get();
        }
        return Reply.edit(ui.t(now, "language.changed") + "\n\n" + ui.t(now, "menu.title"), ui.mainMenu(now));
    }

    private Keyboard choices(Language current) {
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Language language : Language.values()) {
            String mark = language == current ? "✅ " : "";
            keyboard.row(Button.tap(mark + ui.t(language, "language.name"), CallbackData.of(id(), language.tag())));
        }
        return keyboard.row(ui.menuButton(current)).build();
    }
}
