package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Gate;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.AcceptTermsUseCase;
import dev.tollgate.domain.customer.Language;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's terms at first start ({@code shop.termsUrl}, {@code shop.terms}). Until a user accepts them, everything
 * they send or tap (/start, the menu, typed text, any other command such as /help or /claim, a button of an old
 * message) answers with the terms and "✅ I accept"; only the language may be changed first, so the terms can be read
 * in it, and the gate then shows again in the new language. Payments always go through and the staff are never held
 * (both decided where the gate is asked, before routing). The acceptance ({@code terms:ok}) is stored once and opens
 * the menu. A shop without terms lets everything through.
 */
public final class TermsGateScreen implements Screen, Gate {

    /** What may be used before accepting: the language (its command and its buttons) and the acceptance itself. */
    private static final Set<String> OPEN_SCREENS = Set.of("lang", "terms");
    private static final Set<String> OPEN_COMMANDS = Set.of("language");

    private final Screen menu;
    private final Ui ui;
    private final AcceptTermsUseCase terms;
    private final StorefrontSettings shop;

    public TermsGateScreen(Screen menu, Ui ui, AcceptTermsUseCase terms, StorefrontSettings shop) {
        this.menu = menu;
        this.ui = ui;
        this.terms = terms;
        this.shop = shop;
    }

    @Override
    public String id() {
        return "terms";
    }

    /** {@code terms:ok}: records the acceptance (a second tap changes nothing) and opens the menu. */
    @Override
    public Reply onTap(Session session, CallbackData data) {
        terms.accept(new AcceptTermsUseCase.Command(session.user(), true));
        return menu.onTap(session, CallbackData.of(menu.id())).withToast(ui.t(session.language(), "terms.thanks"));
    }

    @Override
    public Optional<Reply> stop(Session session, Inbound inbound) {
        if (!shop.asksForTerms() || passes(inbound) || accepted(session)) {
            return Optional.empty();
        }
        return Optional.of(ask(session, inbound instanceof Inbound.Tap, ""));
    }

    @Override
    public Optional<Reply> shown(Session session, String lead) {
        return !shop.asksForTerms() || accepted(session) ? Optional.empty() : Optional.of(ask(session, true, lead + "\n\n"));
    }

    private static boolean passes(Inbound inbound) {
        if (inbound instanceof Inbound.Command command) {
            return OPEN_COMMANDS.contains(command.name());
        }
        if (inbound instanceof Inbound.Tap tap) {
            return CallbackData.parse(tap.data()).map(data -> OPEN_SCREENS.contains(data.screen())).orElse(false);
        }
        return false;
    }

    private boolean accepted(Session session) {
        return terms.accept(new AcceptTermsUseCase.Command(session.user(), false)).accepted();
    }

    private Reply ask(Session session, boolean edit, String lead) {
        Language language = session.language();
        String text = shop.terms().get(language) != null ? Texts.escape(shop.terms().get(language))
                : shop.terms().values().stream().findFirst().map(Texts::escape).orElse(ui.t(language, "terms.default"));
        Keyboard.Builder keyboard = Keyboard.builder();
        if (!shop.termsUrl().isEmpty()) {
            keyboard.row(Button.link(ui.t(language, "button.read_terms"), shop.termsUrl()));
        }
        keyboard.row(ui.button(language, "button.accept_terms", CallbackData.of(id(), "ok")));
        keyboard.row(ui.button(language, "button.language", CallbackData.of("lang")));
        String html = lead + ui.t(language, "terms.title") + "\n\n" + text;
        return (edit ? Reply.edit(html, keyboard.build()) : Reply.send(html, keyboard.build())).then(new Reply.EndConversation());
    }
}
