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
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import dev.tollgate.application.port.out.PanelInbound;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adding a server, one question at a time: the kind, the panel's URL (or the core's API address), the login (typed,
 * then deleted from the chat at once; the connection is tested right away and a panel lists its inbounds to pick
 * from), the public address users connect to, and the id and name. The last press saves, after the use case has
 * tested the connection once more. What was typed is kept in the conversation, the credentials only sealed.
 */
public final class ServerWizard implements Screen {

    static final String ID = "srvadd";
    private static final int INBOUND_PAGE = 8;
    private static final int MAX_INBOUNDS = 60;

    /** A typed {@code host:port}. */
    record HostPort(String host, int port) {
    }

    private final Ui ui;
    private final ServerUseCases servers;
    private final ServersScreen screen;

    public ServerWizard(Ui ui, ServerUseCases servers, ServersScreen screen) {
        this.ui = ui;
        this.servers = servers;
        this.screen = screen;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(servers.list().list(new ListServersUseCase.Command(session.user())) instanceof ListServersUseCase.Servers)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("");
        if (verb.isEmpty()) {
            Keyboard.Builder kinds = Keyboard.builder();
            for (String kind : ProbeServerUseCase.KINDS) {
                kinds.row(ui.button(l, "srv.kind." + kind, CallbackData.of(ID, "k", kind)));
            }
            return Reply.edit(ui.t(l, "srv.add.kind"), kinds.row(cancel(l)).build()).then(new Reply.EndConversation());
        }
        if (verb.equals("k")) {
            String kind = data.arg(1).filter(ProbeServerUseCase.KINDS::contains).orElse(null);
            if (kind == null) {
                return Reply.alert(ui.t(l, "button.invalid"));
            }
            return Reply.edit(ui.t(l, panel(kind) ? "srv.add.address.panel" : "srv.add.address.core", ui.t(l, "srv.kind." + kind)),
                    cancelOnly(l)).then(converse("addr", Map.of("k", kind)));
        }
        Map<String, String> values = session.conversation().filter(c -> c.step().startsWith(ID + "."))
                .map(c -> c.values()).orElse(null);
        String step = session.conversation().map(c -> c.step()).orElse("");
        if (values == null) {
            return Reply.alert(ui.t(l, "srv.add.expired"));
        }
        return switch (verb) {
            case "ip" -> step.equals(ID + ".in") ? inboundPicker(l, values, data, Reply.Mode.EDIT) : expired(l);
            case "in" -> step.equals(ID + ".in") ? pickInbound(l, values, data.arg(1).orElse("")) : expired(l);
            case "pr" -> step.equals(ID + ".pr") ? pickProtocol(l, values, data.arg(1).orElse("")) : expired(l);
            case "sug" -> step.equals(ID + ".pub") && values.containsKey("sug")
                    ? askId(l, with(values, "pub", values.get("sug")), Reply.Mode.EDIT) : expired(l);
            case "save" -> step.equals(ID + ".ok") ? save(session, values) : expired(l);
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        String step = session.conversation().map(c -> c.step()).orElse("");
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        String text = input instanceof Inbound.Text t ? t.text().strip() : "";
        return switch (step.substring(step.indexOf('.') + 1)) {
            case "addr" -> address(session, values, text);
            case "cred" -> Reply.of(new Reply.DeleteInput()).then(credentials(session, values, text));
            case "tag" -> text.matches("[A-Za-z0-9_.\\-]{1,64}") ? askProtocol(l, with(values, "in", text))
                    : Reply.send(ui.t(l, "srv.add.tag.bad"), cancelOnly(l)).then(converse("tag", values));
            case "pub" -> hostPort(text).map(hp -> askId(l, with(values, "pub", hp.host() + ":" + hp.port()), Reply.Mode.SEND))
                    .orElseGet(() -> Reply.send(ui.t(l, "srv.add.public.bad"), cancelOnly(l)).then(converse("pub", values)));
            case "id" -> named(l, values, text);
            default -> Reply.send(ui.t(l, "srv.add.expired"), cancelOnly(l)).then(new Reply.EndConversation());
        };
    }

    private Reply address(Session session, Map<String, String> values, String text) {
        Language l = session.language();
        String kind = values.getOrDefault("k", "");
        if (text.isEmpty() || text.length() > 300) {
            return Reply.send(ui.t(l, "srv.add.address.bad", ""), cancelOnly(l)).then(converse("addr", values));
        }
        if (panel(kind)) {
            Optional<String> problem = Optional.of(text).filter(t -> !t.matches("https?://\\S+")).map(t -> "");
            if (problem.isPresent()) {
                return Reply.send(ui.t(l, "srv.add.address.bad", ""), cancelOnly(l)).then(converse("addr", values));
            }
            return Reply.send(ui.t(l, "srv.add.credentials"), cancelOnly(l)).then(converse("cred", with(values, "a", text)));
        }
        ProbeServerUseCase.Result result = servers.probe().probe(new ProbeServerUseCase.Command(session.user(), kind, text,
                "", null, null));
        if (result instanceof ProbeServerUseCase.Failed failed) {
            return failed(l, failed).then(converse("addr", values));
        }
        ProbeServerUseCase.Reached reached = (ProbeServerUseCase.Reached) result;
        // An Xray core that lists its inbounds (v25.6.7+) offers the ones Tollgate sells on; others take a typed tag.
        List<PanelInbound> sold = reached.inbounds().stream().filter(i -> i.soldProtocol().isPresent()).toList();
        if (!sold.isEmpty()) {
            return inboundPicker(l, with(with(values, "a", text), "ins", encoded(sold)), CallbackData.of(ID, "ip", 0),
                    Reply.Mode.SEND);
        }
        return Reply.send(ui.t(l, "srv.add.reached", Texts.escape(reached.detail())) + "\n\n"
                + ui.t(l, "srv.add.tag"), cancelOnly(l)).then(converse("tag", with(values, "a", text)));
    }

    /** The inbounds to pick from, one line each in the conversation: id, protocol, port, short remark, link keys. */
    private static String encoded(List<PanelInbound> inbounds) {
        List<String> encoded = new ArrayList<>();
        for (PanelInbound inbound : inbounds.stream().limit(MAX_INBOUNDS).toList()) {
            encoded.add(inbound.id() + "\t" + inbound.protocol() + "\t" + inbound.port() + "\t"
                    + (inbound.remark().length() > 16 ? inbound.remark().substring(0, 16) : inbound.remark()).replace('\t', ' ')
                    + "\t" + String.join(",", new java.util.TreeSet<>(inbound.linkParameters().keySet())));
        }
        return String.join("\n", encoded);
    }

    private Reply credentials(Session session, Map<String, String> values, String text) {
        Language l = session.language();
        String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+", 2);
        if (parts.length == 0) {
            return Reply.send(ui.t(l, "srv.add.credentials"), cancelOnly(l)).then(converse("cred", values));
        }
        String user = parts.length == 2 ? parts[0] : "";
        Secret password = parts.length == 2 ? new Secret(parts[1]) : null;
        Secret token = parts.length == 1 ? new Secret(parts[0]) : null;
        ProbeServerUseCase.Result result = servers.probe().probe(new ProbeServerUseCase.Command(session.user(),
                values.get("k"), values.get("a"), user, password, token));
        if (result instanceof ProbeServerUseCase.Failed failed) {
            return failed(l, failed).then(converse(failed.reason() == ProbeServerUseCase.Reason.INVALID_ADDRESS ? "addr"
                    : "cred", values));
        }
        ProbeServerUseCase.Reached reached = (ProbeServerUseCase.Reached) result;
        Map<String, String> next = with(with(with(values, "u", user), "s", reached.sealedCredentials()), "ins",
                encoded(reached.inbounds()));
        if (reached.inbounds().isEmpty()) {
            return Reply.send(ui.t(l, "srv.add.no_inbounds"), cancelOnly(l)).then(new Reply.EndConversation());
        }
        return inboundPicker(l, next, CallbackData.of(ID, "ip", 0), Reply.Mode.SEND);
    }

    private Reply inboundPicker(Language l, Map<String, String> values, CallbackData data, Reply.Mode mode) {
        List<String[]> inbounds = inbounds(values);
        boolean core = !panel(values.getOrDefault("k", ""));
        int pages = Math.max(1, (inbounds.size() + INBOUND_PAGE - 1) / INBOUND_PAGE);
        int page = Paging.page(data, 1, pages);
        Keyboard.Builder keyboard = Keyboard.builder();
        for (String[] inbound : inbounds.subList(page * INBOUND_PAGE, Math.min(inbounds.size(), page * INBOUND_PAGE + INBOUND_PAGE))) {
            keyboard.row(Button.tap(ui.t(l, core ? "srv.add.inbound.row.core" : "srv.add.inbound.row", inbound[0],
                    inbound[1], inbound[2], inbound[3]), CallbackData.of(ID, "in", inbound[0])));
        }
        List<Button> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(Button.tap(ui.t(l, "button.previous"), CallbackData.of(ID, "ip", page - 1)));
        }
        if (page + 1 < pages) {
            paging.add(Button.tap(ui.t(l, "button.next"), CallbackData.of(ID, "ip", page + 1)));
        }
        keyboard.row(paging).row(cancel(l));
        Reply.Message message = new Reply.Message(ui.t(l, core ? "srv.add.inbounds.core" : "srv.add.inbounds",
                inbounds.size(), page + 1, pages), keyboard.build(), mode);
        return Reply.of(message).then(converse("in", values));
    }

    private Reply pickInbound(Language l, Map<String, String> values, String id) {
        Optional<String[]> inbound = inbounds(values).stream().filter(i -> i[0].equals(id)).findFirst();
        if (inbound.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        Optional<Protocol> protocol = new PanelInbound(id, "", inbound.get()[1], 0, true).soldProtocol();
        if (protocol.isEmpty()) {
            return Reply.alert(ui.t(l, "srv.add.inbound.unsold", inbound.get()[1]));
        }
        // The link parameters the panel's inbound gives (a Reality inbound's pbk, sni, sid, ...), read again on save.
        Map<String, String> next = with(with(with(values, "in", id), "pr", protocol.get().name()), "lp", inbound.get()[4]);
        // A panel's URL suggests the public host with the inbound's port; a core's API address (host:port) does not.
        String host = inbound.get()[2].equals("0") || !values.getOrDefault("a", "").matches("https?://.*") ? null
                : URI.create(values.get("a")).getHost();
        if (host != null) {
            next = with(next, "sug", host + ":" + inbound.get()[2]);
        }
        return askPublic(l, next, Reply.Mode.EDIT);
    }

    private Reply askProtocol(Language l, Map<String, String> values) {
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Protocol protocol : Protocol.values()) {
            keyboard.row(Button.tap(protocol.name().toLowerCase(java.util.Locale.ROOT), CallbackData.of(ID, "pr", protocol.name())));
        }
        return Reply.send(ui.t(l, "srv.add.protocol"), keyboard.row(cancel(l)).build()).then(converse("pr", values));
    }

    private Reply pickProtocol(Language l, Map<String, String> values, String name) {
        try {
            return askPublic(l, with(values, "pr", Protocol.valueOf(name).name()), Reply.Mode.EDIT);
        } catch (IllegalArgumentException e) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
    }

    private Reply askPublic(Language l, Map<String, String> values, Reply.Mode mode) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (values.containsKey("sug")) {
            keyboard.row(Button.tap(ui.t(l, "srv.add.public.use", values.get("sug")), CallbackData.of(ID, "sug")));
        }
        return Reply.of(new Reply.Message(ui.t(l, "srv.add.public"), keyboard.row(cancel(l)).build(), mode))
                .then(converse("pub", values));
    }

    private Reply askId(Language l, Map<String, String> values, Reply.Mode mode) {
        return Reply.of(new Reply.Message(ui.t(l, "srv.add.id"), cancelOnly(l), mode)).then(converse("id", values));
    }

    private Reply named(Language l, Map<String, String> values, String text) {
        String[] parts = text.split("\\s+", 2);
        Optional<ServerId> id = ServersScreen.serverId(parts[0]);
        if (id.isEmpty()) {
            return Reply.send(ui.t(l, "srv.add.id.bad"), cancelOnly(l)).then(converse("id", values));
        }
        Map<String, String> next = with(with(values, "id", id.get().value()), "n", parts.length == 2 ? parts[1] : parts[0]);
        String summary = ui.t(l, "srv.add.summary", Texts.escape(next.get("n")), Texts.code(next.get("id")),
                next.get("k"), next.get("pr"), Texts.escape(masked(next.get("a"))), Texts.escape(next.get("in")),
                Texts.escape(next.get("pub")), next.getOrDefault("lp", "").isEmpty() ? ""
                        : "\n" + ui.t(l, "srv.add.summary.panel", Texts.escape(next.get("lp").replace(",", ", "))));
        return Reply.send(summary, Keyboard.builder().row(ui.button(l, "srv.add.save", CallbackData.of(ID, "save")))
                .row(cancel(l)).build()).then(converse("ok", next));
    }

    private Reply save(Session session, Map<String, String> values) {
        Language l = session.language();
        Optional<HostPort> pub = hostPort(values.getOrDefault("pub", ""));
        Optional<ServerId> id = ServersScreen.serverId(values.getOrDefault("id", ""));
        Protocol protocol;
        try {
            protocol = Protocol.valueOf(values.getOrDefault("pr", ""));
        } catch (IllegalArgumentException e) {
            protocol = null;
        }
        if (pub.isEmpty() || id.isEmpty() || protocol == null) {
            return expired(l);
        }
        SaveServerUseCase.Result result = servers.save().save(SaveServerUseCase.Command.create(session.user(), id.get(),
                values.get("n"), values.get("k"), protocol, values.get("a"), values.get("in"), values.getOrDefault("u", ""),
                values.getOrDefault("s", ""), pub.get().host(), pub.get().port()));
        if (result instanceof SaveServerUseCase.Refused refused) {
            String text = refusal(ui, l, refused);
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.alert(text).then(new Reply.EndConversation());
                case ALREADY_EXISTS -> Reply.send(text + "\n\n" + ui.t(l, "srv.add.id"), cancelOnly(l)).then(converse("id", values));
                case CREDENTIALS_EXPIRED -> Reply.send(text, cancelOnly(l)).then(new Reply.EndConversation());
                default -> Reply.send(text, Keyboard.builder().row(ui.button(l, "srv.add.retry", CallbackData.of(ID, "save")))
                        .row(cancel(l)).build()).then(converse("ok", values)).withToast(ui.t(l, "srv.add.not_saved"));
            };
        }
        return screen.shown(session, id.get(), ui.t(l, "srv.add.saved")).withToast(ui.t(l, "srv.add.saved.toast"));
    }

    /** The words for a refused save, shared with the edits on the card. */
    static String refusal(Ui ui, Language l, SaveServerUseCase.Refused refused) {
        String detail = Texts.escape(refused.detail() == null ? "" : refused.detail());
        return switch (refused.reason()) {
            case NOT_AN_ADMIN -> ui.t(l, "admin.not_allowed");
            case INVALID -> ui.t(l, "srv.save.invalid", detail);
            case ALREADY_EXISTS -> ui.t(l, "srv.save.exists", detail);
            case UNKNOWN_SERVER -> ui.t(l, "srv.unknown");
            case CONFIGURED -> ui.t(l, "srv.configured");
            case CREDENTIALS_EXPIRED -> ui.t(l, "srv.save.expired");
            case WRONG_CREDENTIALS -> ui.t(l, "srv.probe.wrong", detail);
            case UNREACHABLE -> ui.t(l, "srv.probe.down", detail);
            case NO_SUCH_INBOUND -> ui.t(l, "srv.save.inbound", detail);
            case KIND_IN_USE -> ui.t(l, "srv.save.kind_in_use", detail);
        };
    }

    private Reply failed(Language l, ProbeServerUseCase.Failed failed) {
        String detail = Texts.escape(failed.detail());
        String text = switch (failed.reason()) {
            case NOT_AN_ADMIN -> ui.t(l, "admin.not_allowed");
            case UNKNOWN_KIND -> ui.t(l, "button.invalid");
            case INVALID_ADDRESS -> ui.t(l, "srv.add.address.bad", detail);
            case MISSING_CREDENTIALS -> ui.t(l, "srv.add.credentials");
            case WRONG_CREDENTIALS -> ui.t(l, "srv.probe.wrong", detail);
            case UNREACHABLE -> ui.t(l, "srv.probe.down", detail);
        };
        return Reply.send(text, cancelOnly(l));
    }

    private Reply expired(Language l) {
        return Reply.alert(ui.t(l, "srv.add.expired"));
    }

    private static List<String[]> inbounds(Map<String, String> values) {
        List<String[]> inbounds = new ArrayList<>();
        for (String line : values.getOrDefault("ins", "").split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 5) {
                inbounds.add(fields);
            }
        }
        return inbounds;
    }

    /** A public {@code host:port} (IPv6 in brackets). */
    static Optional<HostPort> hostPort(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 1 || !text.substring(colon + 1).matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        String host = text.substring(0, colon);
        int port = Integer.parseInt(text.substring(colon + 1));
        if (port < 1 || port > 65535 || !(host.matches("[A-Za-z0-9.\\-]{1,253}") || host.matches("\\[[0-9A-Fa-f:]+]"))) {
            return Optional.empty();
        }
        return Optional.of(new HostPort(host, port));
    }

    private static String masked(String address) {
        if (!address.contains("://")) {
            return address;
        }
        try {
            URI uri = URI.create(address);
            boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + (path ? "/***/" : "/");
        } catch (IllegalArgumentException e) {
            return "…";
        }
    }

    private static boolean panel(String kind) {
        return kind.equals("3x-ui") || kind.equals("s-ui");
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> next = new HashMap<>(values);
        next.put(key, value == null ? "" : value);
        return next;
    }

    private static Reply.Converse converse(String step, Map<String, String> values) {
        return new Reply.Converse(ID + "." + step, values, ServersScreen.TYPING);
    }

    private Button cancel(Language l) {
        return ui.button(l, "srv.add.cancel", CallbackData.of("srv"));
    }

    private Keyboard cancelOnly(Language l) {
        return Keyboard.builder().row(cancel(l)).build();
    }
}
