package dev.tollgate.adapters.telegram.user;

import dev.tollgate.adapters.telegram.StorefrontSettings;
import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.AcceptTermsUseCase;
import dev.tollgate.domain.customer.Language;
import java.util.Set;

/**
 * The shop's terms at first start ({@code shop.termsUrl}, {@code shop.terms}): until a user accepts them, /start, the
 * menu and anything typed answer with the terms and "✅ I accept"; after accepting (stored once) the menu is as
 * before. It stands in for the main menu screen and passes everything to it once accepted.
 */
public final class TermsGateScreen implements Screen {

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
        return menu.id();
    }

    @Override
    public Set<String> commands() {
        return menu.commands();
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        return accepted(session) ? menu.onCommand(session, command) : ask(session, false);
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        return accepted(session) ? menu.onTap(session, data) : ask(session, true);
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        return accepted(session) ? menu.onInput(session, input) : ask(session, false);
    }

    private boolean accepted(Session session) {
        return terms.accept(new AcceptTermsUseCase.Command(session.user(), false)).accepted();
    }

    private Reply ask(Session session, boolean edit) {
        Language language = session.language();
        String text = shop.terms().get(language) != null ? Texts.escape(shop.terms().get(language))
                : shop.terms().values().stream().findFirst().map(Texts::escape).orElse(ui.t(language, "terms.default"));
        Keyboard.Builder keyboard = Keyboard.builder();
        if (!shop.termsUrl().isEmpty()) {
            keyboard.row(Button.link(ui.t(language, "button.read_terms"), shop.termsUrl()));
        }
        keyboard.row(ui.button(language, "button.accept_terms", CallbackData.of("terms", "ok")));
        String html = ui.t(language, "terms.title") + "\n\n" + text;
        return (edit ? Reply.edit(html, keyboard.build()) : Reply.send(html, keyboard.build())).then(new Reply.EndConversation());
    }

    /** {@code terms:ok}: records the acceptance (a second tap changes nothing) and opens the menu. */
    public Screen acceptance() {
        return new Screen() {
            @Override
            public String id() {
                return "terms";
            }

            @Override
            public Reply onTap(Session session, CallbackData data) {
                terms.accept(new AcceptTermsUseCase.Command(session.user(), true));
                return menu.onTap(session, CallbackData.of(menu.id())).withToast(ui.t(session.language(), "terms.thanks"));
            }
        };
    }
}
