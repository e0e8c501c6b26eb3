package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.Paging;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.in.ListServersUseCase.Entry;
import dev.tollgate.application.port.in.RemoveServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.server.ServerId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Servers for admins: every server (paged) with its health from the last recorded check, a card per server, and for
 * servers added in the bot the edits (name, public address, credentials, inbound, link parameters) and removal.
 * Configured servers are shown read-only. Adding a server is {@link ServerWizard}'s conversation.
 */
public final class ServersScreen implements Screen {

    static final int PAGE = 8;
    static final Duration TYPING = Duration.ofMinutes(15);
    static final String EDIT_STEP = "srv.e";
    /** The fields the card's buttons edit; the connection's login ({@link ServerConnectionEdit#LOGIN}) follows its address. */
    private static final List<String> FIELDS = List.of("n", "p", "c", "i", "l", "m", ServerConnectionEdit.ADDRESS);

    private final Ui ui;
    private final ServerUseCases servers;
    private final ServerConnectionEdit connection;

    public ServersScreen(Ui ui, ServerUseCases servers) {
        this.ui = ui;
        this.servers = servers;
        this.connection = new ServerConnectionEdit(ui, servers, this);
    }

    @Override
    public String id() {
        return "srv";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(servers.list().list(new ListServersUseCase.Command(session.user())) instanceof ListServersUseCase.Servers all)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("0");
        if (verb.matches("[0-9]{1,6}")) {
            return page(session, all.servers(), data);
        }
        Optional<Entry> server = data.arg(verb.equals("e") || verb.equals("so") ? 2 : 1).flatMap(ServersScreen::serverId).flatMap(all::find);
        if (server.isEmpty()) {
            return Reply.alert(ui.t(l, "srv.unknown"));
        }
        return switch (verb) {
            case "v" -> Reply.edit(card(l, server.get(), null), cardKeyboard(l, server.get())).then(new Reply.EndConversation());
            case "e" -> askEdit(session, server.get(), data.arg(1).orElse(""));
            case "rm" -> server.get().configured() ? Reply.alert(ui.t(l, "srv.configured"))
                    : Reply.edit(ui.t(l, "srv.remove.confirm", Texts.escape(server.get().name()), server.get().live()),
                    Keyboard.builder().row(ui.button(l, "srv.remove.yes", CallbackData.of(id(), "rmy", server.get().id())),
                            ui.button(l, "srv.back", CallbackData.of(id(), "v", server.get().id()))).build());
            case "rmy" -> remove(session, server.get());
            case "so" -> sales(session, server.get(), data.arg(1).orElse(""));
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        Optional<ServerId> id = serverId(values.getOrDefault("id", ""));
        String field = values.getOrDefault("f", "");
        if (id.isEmpty() || !(FIELDS.contains(field) || field.equals(ServerConnectionEdit.LOGIN))) {
            return Reply.send(ui.t(l, "srv.add.expired"), back(l)).then(new Reply.EndConversation());
        }
        if (field.equals(ServerConnectionEdit.ADDRESS) || field.equals(ServerConnectionEdit.LOGIN)) {
            return onConnection(session, id.get(), field, values, input);
        }
        boolean secret = field.equals("c");
        if (!(input instanceof Inbound.Text text)) {
            return again(l, id.get(), field, ui.t(l, "srv.edit.bad." + field), secret);
        }
        Optional<SaveServerUseCase.Command> command = editCommand(session, id.get(), field, text.text().strip());
        if (command.isEmpty()) {
            return again(l, id.get(), field, ui.t(l, "srv.edit.bad." + field), secret);
        }
        SaveServerUseCase.Result result = servers.save().save(command.get());
        if (result instanceof SaveServerUseCase.Refused refused) {
            Reply refusal = again(l, id.get(), field, ServerWizard.refusal(ui, l, refused), secret);
            if (refused.reason() == SaveServerUseCase.Reason.NOT_AN_ADMIN) {
                Reply denied = Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
                return secret ? Reply.of(new Reply.DeleteInput()).then(denied) : denied;
            }
            return refusal;
        }
        SaveServerUseCase.Saved done = (SaveServerUseCase.Saved) result;
        Reply saved = shown(session, id.get(), ui.t(l, !done.changed() ? "srv.edit.unchanged"
                : done.tested() ? "srv.edit.saved" : "srv.edit.saved.plain"));
        return secret ? Reply.of(new Reply.DeleteInput()).then(saved) : saved;
    }

    /** A typed address or login of "Connection"; the login's message is deleted whatever it held. */
    private Reply onConnection(Session session, ServerId id, String field, Map<String, String> values, Inbound input) {
        Language l = session.language();
        boolean secret = field.equals(ServerConnectionEdit.LOGIN);
        Reply reply;
        if (!(servers.list().list(new ListServersUseCase.Command(session.user())) instanceof ListServersUseCase.Servers all)) {
            reply = Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
        } else if (all.find(id).isEmpty() || all.find(id).get().configured()) {
            reply = Reply.send(ui.t(l, all.find(id).isEmpty() ? "srv.unknown" : "srv.configured"), back(l))
                    .then(new Reply.EndConversation());
        } else {
            String text = input instanceof Inbound.Text typed ? typed.text().strip() : "";
            reply = secret ? connection.login(session, all.find(id).get(), values, text)
                    : connection.address(session, all.find(id).get(), text);
        }
        return secret ? Reply.of(new Reply.DeleteInput()).then(reply) : reply;
    }

    /** The server's card after a change, as a new message (the admin typed the change). */
    Reply shown(Session session, ServerId id, String notice) {
        Language l = session.language();
        if (servers.list().list(new ListServersUseCase.Command(session.user())) instanceof ListServersUseCase.Servers all
                && all.find(id).isPresent()) {
            Entry entry = all.find(id).get();
            return Reply.send(card(l, entry, notice), cardKeyboard(l, entry)).then(new Reply.EndConversation());
        }
        return Reply.send(notice, back(l)).then(new Reply.EndConversation());
    }

    private Optional<SaveServerUseCase.Command> editCommand(Session session, ServerId id, String field, String text) {
        SaveServerUseCase.Command edit = SaveServerUseCase.Command.edit(session.user(), id);
        switch (field) {
            case "n" -> {
                return text.isEmpty() ? Optional.empty() : Optional.of(edit.withName(text));
            }
            case "p" -> {
                return ServerWizard.hostPort(text).map(hp -> edit.withPublic(hp.host(), hp.port()));
            }
            case "c" -> {
                String[] parts = text.split("\\s+", 2);
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(parts.length == 1 ? edit.withCredentials("", null, new Secret(parts[0]))
                        : edit.withCredentials(parts[0], new Secret(parts[1]), null));
            }
            case "m" -> {
                return text.matches("[0-9]{1,7}") ? Optional.of(edit.withMaxClients(Integer.parseInt(text))) : Optional.empty();
            }
            case "i" -> {
                return text.matches("[A-Za-z0-9_.,\\-]{1,200}") ? Optional.of(edit.withInbound(text, null)) : Optional.empty();
            }
            default -> {
                if (text.equals("-")) {
                    return Optional.of(edit.withLinkParameters(Map.of()));
                }
                Map<String, String> parameters = new LinkedHashMap<>();
                for (String pair : text.split("\\s+")) {
                    int eq = pair.indexOf('=');
                    if (eq < 1 || eq == pair.length() - 1) {
                        return Optional.empty();
                    }
                    parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                return Optional.of(edit.withLinkParameters(parameters));
            }
        }
    }

    private Reply again(Language l, ServerId id, String field, String text, boolean secret) {
        Reply reply = Reply.send(text, Keyboard.builder().row(ui.button(l, "srv.back", CallbackData.of(id(), "v", id)))
                .build()).then(new Reply.Converse(EDIT_STEP, Map.of("id", id.value(), "f", field), TYPING));
        return secret ? Reply.of(new Reply.DeleteInput()).then(reply) : reply;
    }

    private Reply askEdit(Session session, Entry server, String field) {
        Language l = session.language();
        if (server.configured()) {
            return Reply.alert(ui.t(l, "srv.configured"));
        }
        if (!FIELDS.contains(field)) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        if (field.equals(ServerConnectionEdit.ADDRESS)) {
            return connection.ask(l, server);
        }
        return Reply.edit(ui.t(l, "srv.edit.ask." + field, Texts.escape(server.name())),
                        Keyboard.builder().row(ui.button(l, "srv.back", CallbackData.of(id(), "v", server.id()))).build())
                .then(new Reply.Converse(EDIT_STEP, Map.of("id", server.id().value(), "f", field), TYPING));
    }

    /** Closing or opening for new sales needs no connection test: it is what one does when a panel is in trouble. */
    private Reply sales(Session session, Entry server, String open) {
        Language l = session.language();
        if (server.configured()) {
            return Reply.alert(ui.t(l, "srv.configured"));
        }
        if (!open.equals("0") && !open.equals("1")) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        boolean wanted = open.equals("1");
        if (server.salesOpen() == wanted) {
            return Reply.nothing().withToast(ui.t(l, wanted ? "srv.sales.already_open" : "srv.sales.already_closed"));
        }
        SaveServerUseCase.Result result = servers.save().save(SaveServerUseCase.Command.edit(session.user(), server.id())
                .withSalesOpen(wanted));
        if (result instanceof SaveServerUseCase.Refused refused) {
            return Reply.alert(ServerWizard.refusal(ui, l, refused));
        }
        if (servers.list().list(new ListServersUseCase.Command(session.user())) instanceof ListServersUseCase.Servers all
                && all.find(server.id()).isPresent()) {
            Entry entry = all.find(server.id()).get();
            return Reply.edit(card(l, entry, ui.t(l, wanted ? "srv.sales.opened" : "srv.sales.closed")),
                    cardKeyboard(l, entry)).withToast(ui.t(l, "srv.edit.saved.toast"));
        }
        return Reply.alert(ui.t(l, "srv.unknown"));
    }

    private Reply remove(Session session, Entry server) {
        Language l = session.language();
        RemoveServerUseCase.Result result = servers.remove().remove(new RemoveServerUseCase.Command(session.user(), server.id()));
        if (result instanceof RemoveServerUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed"));
                case UNKNOWN_SERVER -> Reply.alert(ui.t(l, "srv.unknown"));
                case CONFIGURED -> Reply.alert(ui.t(l, "srv.configured"));
                case IN_USE -> Reply.alert(ui.t(l, "srv.remove.in_use", refused.live()));
            };
        }
        return Reply.edit(ui.t(l, "srv.removed", Texts.escape(server.name())), back(l)).withToast(ui.t(l, "srv.removed.toast"));
    }

    private Reply page(Session session, List<Entry> all, CallbackData data) {
        Language l = session.language();
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Entry server : all.subList(page * PAGE, Math.min(all.size(), page * PAGE + PAGE))) {
            keyboard.row(Button.tap(ui.t(l, "srv.row", dot(server.health()), server.id().value(), server.kind(),
                    server.live(), server.health().filter(PanelStatus::reachable)
                            .map(s -> ui.t(l, "srv.row.latency", s.latency().toMillis())).orElse(""),
                    (server.configured() ? ui.t(l, "srv.row.configured") : "")
                            + (server.salesOpen() ? "" : ui.t(l, "srv.row.closed"))), CallbackData.of(id(), "v", server.id())));
        }
        keyboard.row(Paging.buttons(ui, l, id(), page, pages));
        keyboard.row(ui.button(l, "srv.add", CallbackData.of(ServerWizard.ID)));
        return Reply.edit(ui.t(l, all.isEmpty() ? "srv.title.empty" : "srv.title", all.size(), page + 1, pages),
                OfficeScreen.backToOffice(ui, l, keyboard).build()).then(new Reply.EndConversation());
    }

    String card(Language l, Entry server, String notice) {
        String credentials = server.hasToken() ? ui.t(l, "srv.card.token") : server.hasPassword()
                ? ui.t(l, "srv.card.password", Texts.escape(server.username())) : ui.t(l, "srv.card.none");
        String text = ui.t(l, "srv.card", Texts.escape(server.name()), Texts.code(server.id().value()), server.kind(),
                server.protocol(), Texts.escape(server.address()), Texts.escape(server.inbound()),
                Texts.escape(server.publicHost() + ":" + server.publicPort()), credentials, server.live(), health(l, server))
                + "\n" + ui.t(l, "srv.card.capacity", server.live(), server.maxClients() == 0 ? "∞"
                : Integer.toString(server.maxClients()))
                + "\n" + ui.t(l, server.salesOpen() ? "srv.card.sales.open" : "srv.card.sales.closed")
                + "\n" + link(l, server)
                + (server.configured() ? "\n\n" + ui.t(l, "srv.card.configured") : "");
        return notice == null ? text : notice + "\n\n" + text;
    }

    /** The link parameters (public values), and which of them were read from the panel's inbound. */
    private String link(Language l, Entry server) {
        if (server.linkParameters().isEmpty()) {
            return ui.t(l, "srv.card.link.none");
        }
        String pairs = String.join(" ", new java.util.TreeMap<>(server.linkParameters()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        return ui.t(l, "srv.card.link", Texts.code(pairs)) + (server.fromPanel().isEmpty() ? ""
                : ui.t(l, "srv.card.link.panel", String.join(", ", new java.util.TreeSet<>(server.fromPanel()))));
    }

    private String health(Language l, Entry server) {
        if (server.health().isEmpty()) {
            return ui.t(l, "srv.health.unknown");
        }
        PanelStatus status = server.health().get();
        String when = ui.formats().dateTime(l, status.checkedAt());
        return status.reachable()
                ? ui.t(l, "srv.health.up", status.latency().toMillis(), when, Texts.escape(status.version()))
                : ui.t(l, "srv.health.down", when, Texts.escape(status.detail()));
    }

    private static String dot(Optional<PanelStatus> health) {
        return health.map(s -> s.reachable() ? "🟢" : "🔴").orElse("⚪");
    }

    Keyboard cardKeyboard(Language l, Entry server) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (!server.configured()) {
            keyboard.row(ui.button(l, "srv.edit.n", CallbackData.of(id(), "e", "n", server.id())),
                    ui.button(l, "srv.edit.p", CallbackData.of(id(), "e", "p", server.id())));
            keyboard.row(ui.button(l, "srv.edit.a", CallbackData.of(id(), "e", ServerConnectionEdit.ADDRESS, server.id())),
                    ui.button(l, "srv.edit.c", CallbackData.of(id(), "e", "c", server.id())));
            keyboard.row(ui.button(l, "srv.edit.i", CallbackData.of(id(), "e", "i", server.id())),
                    ui.button(l, "srv.edit.l", CallbackData.of(id(), "e", "l", server.id())));
            keyboard.row(server.salesOpen()
                            ? ui.button(l, "srv.sales.close", CallbackData.of(id(), "so", "0", server.id()))
                            : ui.button(l, "srv.sales.open", CallbackData.of(id(), "so", "1", server.id())),
                    ui.button(l, "srv.edit.m", CallbackData.of(id(), "e", "m", server.id())));
            keyboard.row(ui.button(l, "srv.remove", CallbackData.of(id(), "rm", server.id())));
        }
        return keyboard.row(ui.button(l, "srv.all", CallbackData.of(id()))).build();
    }

    private Keyboard back(Language l) {
        return Keyboard.builder().row(ui.button(l, "srv.all", CallbackData.of(id()))).build();
    }

    static Optional<ServerId> serverId(String text) {
        try {
            return Optional.of(new ServerId(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
