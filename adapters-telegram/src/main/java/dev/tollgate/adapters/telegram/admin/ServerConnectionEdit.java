package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListServersUseCase.Entry;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.Language;
import java.util.Map;

/**
 * "Connection" on a stored server's card: the new address (a panel's URL with its base path, or a core's
 * {@code host:port}), then for a panel the login for it, typed and deleted from the chat at once. The stored login is
 * never sent to a new address, so a panel's login is always typed with it. The use case tests the new connection
 * (the server answers and has the inbound) and stores nothing when it does not; a refusal asks again.
 */
final class ServerConnectionEdit {

    /** The card's field for the address; {@link #LOGIN} is the panel's login that follows it. */
    static final String ADDRESS = "a";
    static final String LOGIN = "ac";

    private final Ui ui;
    private final ServerUseCases servers;
    private final ServersScreen screen;

    ServerConnectionEdit(Ui ui, ServerUseCases servers, ServersScreen screen) {
        this.ui = ui;
        this.servers = servers;
        this.screen = screen;
    }

    /** The question the card's button asks. */
    Reply ask(Language l, Entry server) {
        return Reply.edit(ui.t(l, panel(server.kind()) ? "srv.edit.ask.a.panel" : "srv.edit.ask.a.core",
                        Texts.escape(server.name()), Texts.escape(server.address())), back(l, server))
                .then(converse(server, Map.of()));
    }

    /** The typed address: a core's is saved (after its test), a panel's waits for the login. */
    Reply address(Session session, Entry server, String text) {
        Language l = session.language();
        if (text.isEmpty() || text.length() > 300 || (panel(server.kind()) && !text.matches("https?://\\S+"))
                || (!panel(server.kind()) && text.contains("://"))) {
            return again(l, server, Map.of(), ui.t(l, "srv.edit.bad.a"));
        }
        if (!panel(server.kind())) {
            return saved(session, server, SaveServerUseCase.Command.edit(session.user(), server.id()).withAddress(text),
                    Map.of());
        }
        return Reply.send(ui.t(l, "srv.edit.ask.ac", Texts.escape(server.name()), Texts.escape(PanelConnection.masked(text))),
                back(l, server)).then(new Reply.Converse(ServersScreen.EDIT_STEP,
                Map.of("id", server.id().value(), "f", LOGIN, "a", text), ServersScreen.TYPING));
    }

    /** The login for the new panel address (the message is deleted by the caller). */
    Reply login(Session session, Entry server, Map<String, String> values, String text) {
        Language l = session.language();
        String address = values.getOrDefault("a", "");
        String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+", 2);
        if (address.isEmpty()) {
            return again(l, server, Map.of(), ui.t(l, "srv.edit.bad.a"));
        }
        if (parts.length == 0) {
            return again(l, server, values, ui.t(l, "srv.edit.bad.c"));
        }
        SaveServerUseCase.Command edit = SaveServerUseCase.Command.edit(session.user(), server.id()).withAddress(address);
        edit = parts.length == 1 ? edit.withCredentials("", null, new Secret(parts[0]))
                : edit.withCredentials(parts[0], new Secret(parts[1]), null);
        return saved(session, server, edit, values);
    }

    private Reply saved(Session session, Entry server, SaveServerUseCase.Command command, Map<String, String> values) {
        Language l = session.language();
        SaveServerUseCase.Result result = servers.save().save(command);
        if (result instanceof SaveServerUseCase.Refused refused) {
            String text = ServerWizard.refusal(ui, l, refused);
            return switch (refused.reason()) {
                case NOT_AN_ADMIN, UNKNOWN_SERVER, CONFIGURED -> Reply.send(text, null).then(new Reply.EndConversation());
                // A malformed address is asked again; anything the test found asks for the login again (or, for a
                // core, the address), with the address kept.
                case INVALID -> again(l, server, Map.of(), text + "\n\n" + ask(server, l));
                default -> again(l, server, values, text);
            };
        }
        boolean changed = result instanceof SaveServerUseCase.Saved done && done.changed();
        return screen.shown(session, server.id(), ui.t(l, changed ? "srv.edit.saved.connection" : "srv.edit.unchanged"));
    }

    private String ask(Entry server, Language l) {
        return ui.t(l, panel(server.kind()) ? "srv.edit.ask.a.panel" : "srv.edit.ask.a.core", Texts.escape(server.name()),
                Texts.escape(server.address()));
    }

    private Reply again(Language l, Entry server, Map<String, String> values, String text) {
        return Reply.send(text, back(l, server)).then(converse(server, values));
    }

    private static Reply.Converse converse(Entry server, Map<String, String> values) {
        boolean login = values.containsKey("a");
        java.util.Map<String, String> next = new java.util.HashMap<>(values);
        next.put("id", server.id().value());
        next.put("f", login ? LOGIN : ADDRESS);
        return new Reply.Converse(ServersScreen.EDIT_STEP, next, ServersScreen.TYPING);
    }

    private Keyboard back(Language l, Entry server) {
        return Keyboard.builder().row(ui.button(l, "srv.back", CallbackData.of("srv", "v", server.id()))).build();
    }

    static boolean panel(String kind) {
        return kind.equals("3x-ui") || kind.equals("s-ui");
    }
}
