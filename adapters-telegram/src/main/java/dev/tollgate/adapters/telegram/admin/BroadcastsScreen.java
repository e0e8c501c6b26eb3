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
import dev.tollgate.application.port.in.CancelBroadcastUseCase;
import dev.tollgate.application.port.in.ListBroadcastsUseCase;
import dev.tollgate.application.port.in.PreviewBroadcastUseCase;
import dev.tollgate.application.port.in.StartBroadcastUseCase;
import dev.tollgate.application.port.out.Conversations.Conversation;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.Language;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broadcasts for admins: the list (paged) with each one's counts, and a new one composed step by step in the stored
 * conversation: the text (Telegram HTML), a photo or none, a link button or none, the segment; the admin then gets
 * the preview in their own chat with the number of recipients, and confirms. The draft's id is fixed when it is
 * begun, so a second tap on Send starts nothing new. Sending, its progress and the final report are the job's.
 */
public final class BroadcastsScreen implements Screen {

    /** Drafts are kept in the conversation, which holds at most 4,000 characters. */
    static final int MAX_DRAFT = 3500;
    static final int PAGE = 8;
    private static final Duration DRAFT = Duration.ofMinutes(30);
    private static final Pattern BUTTON = Pattern.compile("(.{1,64}?)\\s+((?:https?|tg)://\\S+)");
    private static final List<Segment> SEGMENTS = List.of(Segment.of(Segment.Kind.ALL), Segment.of(Segment.Kind.ACTIVE),
            Segment.of(Segment.Kind.EXPIRED), Segment.of(Segment.Kind.TRIAL_ONLY), Segment.of(Segment.Kind.NEVER_PAID),
            Segment.speaking(Language.EN), Segment.speaking(Language.FA), Segment.speaking(Language.RU));

    /** The use cases behind the screen. */
    public record UseCases(ListBroadcastsUseCase list, PreviewBroadcastUseCase preview, StartBroadcastUseCase start,
                           CancelBroadcastUseCase cancel) {
    }

    private final Ui ui;
    private final UseCases use;

    public BroadcastsScreen(Ui ui, UseCases use) {
        this.ui = ui;
        this.use = use;
    }

    @Override
    public String id() {
        return "bcast";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(use.list().list(new ListBroadcastsUseCase.Command(session.user(), 0, 1, Optional.empty()))
                instanceof ListBroadcastsUseCase.Page)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("0");
        if (verb.matches("[0-9]{1,6}")) {
            return list(session, data);
        }
        return switch (verb) {
            case "new" -> begin(session);
            case "np" -> step(session, "button", draft(session).orElse(null));
            case "nb" -> step(session, "segment", draft(session).orElse(null));
            case "seg" -> preview(session, data.arg(1).flatMap(Segment::parse));
            case "go" -> confirm(session, data.arg(1).flatMap(BroadcastsScreen::idOf));
            case "drop" -> Reply.edit(ui.t(l, "bcast.discarded"), back(l)).then(new Reply.EndConversation());
            case "v" -> card(session, data.arg(1).flatMap(BroadcastsScreen::idOf));
            case "x" -> cancel(session, data.arg(1).flatMap(BroadcastsScreen::idOf));
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Optional<Map<String, String>> draft = draft(session);
        String step = session.conversation().map(Conversation::step).orElse("");
        if (draft.isEmpty()) {
            return Reply.send(ui.t(l, "bcast.gone"), back(l)).then(new Reply.EndConversation());
        }
        Map<String, String> values = new HashMap<>(draft.get());
        if (step.equals(Screen.step(this, "text"))) {
            if (input instanceof Inbound.Photo photo) {
                return photo.hasCaption() ? captioned(session, "text", values, photo)
                        : ask(session, "text", values, ui.t(l, "bcast.bad.no_caption"));
            }
            if (!(input instanceof Inbound.Text text) || text.text().isBlank()) {
                return ask(session, "text", values, null);
            }
            // Formatted in the app (entities) it arrives as HTML already; typed as plain text it is taken as HTML.
            String html = (text.html() != null ? text.html() : text.text()).strip();
            if (html.length() > MAX_DRAFT) {
                return ask(session, "text", values, ui.t(l, "bcast.bad.long", html.length(), MAX_DRAFT));
            }
            values.put("html", html);
            return ask(session, "photo", values, null);
        }
        if (step.equals(Screen.step(this, "photo"))) {
            if (!(input instanceof Inbound.Photo photo)) {
                return ask(session, "photo", values, ui.t(l, "bcast.bad.photo"));
            }
            if (photo.hasCaption()) {
                return captioned(session, "photo", values, photo);
            }
            values.put("photo", photo.fileId());
            return ask(session, "button", values, null);
        }
        if (step.equals(Screen.step(this, "button"))) {
            Matcher m = input instanceof Inbound.Text text ? BUTTON.matcher(text.text().strip()) : null;
            if (m == null || !m.matches() || m.group(2).length() > 2000) {
                return ask(session, "button", values, ui.t(l, "bcast.bad.button"));
            }
            values.put("label", m.group(1).strip());
            values.put("url", m.group(2));
            return ask(session, "segment", values, null);
        }
        return ask(session, "segment", values, null);
    }

    /** A photo with its caption, at the text step or the photo step: the caption is the text, the photo goes with it. */
    private Reply captioned(Session session, String step, Map<String, String> values, Inbound.Photo photo) {
        Language l = session.language();
        String html = BroadcastCaption.html(photo);
        int length = BroadcastCaption.length(photo);
        if (length > BroadcastMessage.MAX_CAPTION) {
            return ask(session, step, values, ui.t(l, "bcast.bad.caption", length, BroadcastMessage.MAX_CAPTION));
        }
        if (html.length() > MAX_DRAFT) {
            return ask(session, step, values, ui.t(l, "bcast.bad.long", html.length(), MAX_DRAFT));
        }
        boolean replaced = values.containsKey("html");
        values.put("html", html);
        values.put("photo", photo.fileId());
        return ask(session, "button", values, ui.t(l, replaced ? "bcast.caption.replaced" : "bcast.caption.taken"));
    }

    private Reply list(Session session, CallbackData data) {
        Language l = session.language();
        int page = Paging.page(data, 0, Integer.MAX_VALUE);
        ListBroadcastsUseCase.Result result = use.list().list(new ListBroadcastsUseCase.Command(session.user(),
                page * PAGE, PAGE, Optional.empty()));
        if (!(result instanceof ListBroadcastsUseCase.Page found)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        int pages = Math.max(1, (found.total() + PAGE - 1) / PAGE);
        if (page >= pages) {
            page = pages - 1;
            found = (ListBroadcastsUseCase.Page) use.list().list(new ListBroadcastsUseCase.Command(session.user(),
                    page * PAGE, PAGE, Optional.empty()));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (ListBroadcastsUseCase.Item item : found.items()) {
            Broadcast b = item.broadcast();
            keyboard.row(Button.tap(ui.t(l, "bcast.list.row", icon(b.status()), ui.formats().dateTime(l, b.createdAt()),
                    segmentName(l, b.segment()), ui.formats().number(l, item.count(DeliveryStatus.SENT)),
                    ui.formats().number(l, b.recipients())), CallbackData.of(id(), "v", b.id().value())));
        }
        keyboard.row(Paging.buttons(ui, l, id(), page, pages));
        keyboard.row(ui.button(l, "bcast.button.new", CallbackData.of(id(), "new")));
        String title = ui.t(l, "bcast.list.title", found.total(), page + 1, pages)
                + (found.total() == 0 ? "\n" + ui.t(l, "bcast.list.empty") : "");
        return Reply.edit(title, OfficeScreen.backToOffice(ui, l, keyboard).build()).then(new Reply.EndConversation());
    }

    private Reply begin(Session session) {
        return ask(session, "text", Map.of("id", UUID.randomUUID().toString()), null, Reply.Mode.EDIT);
    }

    /** Moves on from a skipped step; a tap on an old draft's button finds no draft and says so. */
    private Reply step(Session session, String next, Map<String, String> values) {
        if (values == null) {
            return Reply.edit(ui.t(session.language(), "bcast.gone"), back(session.language())).then(new Reply.EndConversation());
        }
        return ask(session, next, values, null, Reply.Mode.EDIT);
    }

    private Reply ask(Session session, String step, Map<String, String> values, String problem) {
        return ask(session, step, values, problem, Reply.Mode.SEND);
    }

    /** From a tap the question replaces the tapped message (EDIT); after typed input it is a new message. */
    private Reply ask(Session session, String step, Map<String, String> values, String problem, Reply.Mode mode) {
        Language l = session.language();
        Keyboard.Builder keyboard = Keyboard.builder();
        String text = switch (step) {
            case "text" -> ui.t(l, "bcast.ask.text", MAX_DRAFT);
            case "photo" -> {
                keyboard.row(ui.button(l, "bcast.button.skip_photo", CallbackData.of(id(), "np")));
                yield ui.t(l, "bcast.ask.photo");
            }
            case "button" -> {
                keyboard.row(ui.button(l, "bcast.button.skip_button", CallbackData.of(id(), "nb")));
                yield ui.t(l, "bcast.ask.button");
            }
            default -> {
                for (int i = 0; i < SEGMENTS.size(); i += 2) {
                    keyboard.row(SEGMENTS.subList(i, Math.min(SEGMENTS.size(), i + 2)).stream()
                            .map(s -> Button.tap(segmentName(l, s), CallbackData.of(id(), "seg", s.code()))).toList());
                }
                yield ui.t(l, "bcast.ask.segment");
            }
        };
        keyboard.row(ui.button(l, "bcast.button.discard", CallbackData.of(id(), "drop")));
        return Reply.of(new Reply.Message(problem == null ? text : problem + "\n\n" + text, keyboard.build(), mode))
                .then(new Reply.Converse(Screen.step(this, step), values, DRAFT));
    }

    private Reply preview(Session session, Optional<Segment> segment) {
        Language l = session.language();
        Optional<Map<String, String>> draft = draft(session);
        Optional<BroadcastMessage> message = draft.flatMap(BroadcastsScreen::messageOf);
        if (segment.isEmpty() || message.isEmpty()) {
            return Reply.edit(ui.t(l, "bcast.gone"), back(l)).then(new Reply.EndConversation());
        }
        Map<String, String> values = new HashMap<>(draft.get());
        values.put("seg", segment.get().code());
        PreviewBroadcastUseCase.Result result = use.preview().preview(new PreviewBroadcastUseCase.Command(session.user(),
                message.get(), segment.get()));
        if (result instanceof PreviewBroadcastUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed"));
                case INVALID_MESSAGE -> ask(session, "text", Map.of("id", values.get("id")),
                        ui.t(l, "bcast.bad.text", Texts.escape(refused.detail())), Reply.Mode.EDIT);
                case NOT_DELIVERED -> Reply.nothing().withToast(ui.t(l, "bcast.preview_failed"));
            };
        }
        int recipients = ((PreviewBroadcastUseCase.Previewed) result).recipients();
        if (recipients == 0) {
            return ask(session, "segment", values, ui.t(l, "bcast.nobody", segmentName(l, segment.get())), Reply.Mode.EDIT);
        }
        Keyboard keyboard = Keyboard.builder()
                .row(Button.tap(ui.t(l, "bcast.button.send", ui.formats().number(l, recipients)),
                        CallbackData.of(id(), "go", values.get("id"))))
                .row(ui.button(l, "bcast.button.restart", CallbackData.of(id(), "new")),
                        ui.button(l, "bcast.button.discard", CallbackData.of(id(), "drop")))
                .build();
        return Reply.send(ui.t(l, "bcast.confirm", ui.formats().number(l, recipients), segmentName(l, segment.get())),
                keyboard).then(new Reply.Converse(Screen.step(this, "confirm"), values, DRAFT));
    }

    private Reply confirm(Session session, Optional<BroadcastId> id) {
        Language l = session.language();
        if (id.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        Optional<Map<String, String>> draft = draft(session).filter(d -> id.get().value().toString().equals(d.get("id")));
        Optional<BroadcastMessage> message = draft.flatMap(BroadcastsScreen::messageOf);
        Optional<Segment> segment = draft.flatMap(d -> Segment.parse(d.get("seg")));
        if (message.isEmpty() || segment.isEmpty()) {
            boolean started = use.list().list(new ListBroadcastsUseCase.Command(session.user(), 0, 1, id))
                    instanceof ListBroadcastsUseCase.Page;
            return started ? Reply.nothing().withToast(ui.t(l, "bcast.already"))
                    : Reply.edit(ui.t(l, "bcast.gone"), back(l)).then(new Reply.EndConversation());
        }
        StartBroadcastUseCase.Result result = use.start().start(new StartBroadcastUseCase.Command(session.user(), id.get(),
                message.get(), segment.get()));
        if (result instanceof StartBroadcastUseCase.Started started) {
            return Reply.edit(ui.t(l, "bcast.started", ui.formats().number(l, started.recipients())), back(l))
                    .then(new Reply.EndConversation());
        }
        if (result instanceof StartBroadcastUseCase.AlreadyStarted) {
            return Reply.nothing().withToast(ui.t(l, "bcast.already")).then(new Reply.EndConversation());
        }
        StartBroadcastUseCase.Refused refused = (StartBroadcastUseCase.Refused) result;
        return switch (refused.reason()) {
            case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed"));
            case INVALID_MESSAGE -> ask(session, "text", Map.of("id", id.get().value().toString()),
                    ui.t(l, "bcast.bad.text", Texts.escape(refused.detail())), Reply.Mode.EDIT);
            case NO_RECIPIENTS -> ask(session, "segment", draft.get(), ui.t(l, "bcast.nobody",
                    segmentName(l, segment.get())), Reply.Mode.EDIT);
        };
    }

    private Reply card(Session session, Optional<BroadcastId> id) {
        Language l = session.language();
        if (id.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        ListBroadcastsUseCase.Result result = use.list().list(new ListBroadcastsUseCase.Command(session.user(), 0, 1, id));
        if (result instanceof ListBroadcastsUseCase.Refused refused) {
            return Reply.alert(ui.t(l, refused.reason() == ListBroadcastsUseCase.Reason.NOT_AN_ADMIN
                    ? "admin.not_allowed" : "bcast.unknown"));
        }
        ListBroadcastsUseCase.Item item = ((ListBroadcastsUseCase.Page) result).items().get(0);
        Broadcast b = item.broadcast();
        var f = ui.formats();
        String text = ui.t(l, "bcast.card", Texts.shortId(b.id()), state(l, b.status(), item.count(DeliveryStatus.PENDING)),
                Texts.code(b.author().toString()), f.dateTime(l, b.createdAt()), segmentName(l, b.segment()),
                f.number(l, item.count(DeliveryStatus.SENT)),
                f.number(l, item.count(DeliveryStatus.FAILED) + item.count(DeliveryStatus.UNCONFIRMED)),
                f.number(l, item.count(DeliveryStatus.BLOCKED)),
                f.number(l, item.count(DeliveryStatus.PENDING) + item.count(DeliveryStatus.SENDING)),
                f.number(l, b.recipients()), Texts.escape(Texts.truncate(b.message().html(), 300)));
        Keyboard.Builder keyboard = Keyboard.builder();
        if (b.status() == BroadcastStatus.SENDING) {
            keyboard.row(ui.button(l, "bcast.button.cancel", CallbackData.of(id(), "x", b.id().value())));
        }
        return Reply.edit(text, keyboard.row(ui.button(l, "bcast.back", CallbackData.of(id()))).build());
    }

    private Reply cancel(Session session, Optional<BroadcastId> id) {
        Language l = session.language();
        if (id.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        CancelBroadcastUseCase.Result result = use.cancel().cancel(new CancelBroadcastUseCase.Command(session.user(), id.get()));
        if (result instanceof CancelBroadcastUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed"));
                case UNKNOWN_BROADCAST -> Reply.alert(ui.t(l, "bcast.unknown"));
                case ALREADY_FINISHED -> card(session, id).withToast(ui.t(l, "bcast.already_finished"));
            };
        }
        return card(session, id).withToast(ui.t(l, "bcast.cancelled"));
    }

    private Optional<Map<String, String>> draft(Session session) {
        return session.conversation().filter(c -> c.step().startsWith(id() + ".")).map(Conversation::values)
                .filter(v -> v.containsKey("id"));
    }

    private static Optional<BroadcastMessage> messageOf(Map<String, String> draft) {
        if (draft.get("html") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BroadcastMessage(draft.get("html"), draft.get("photo"), draft.get("label"), draft.get("url")));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<BroadcastId> idOf(String text) {
        try {
            return Optional.of(new BroadcastId(UUID.fromString(text)));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    String segmentName(Language l, Segment segment) {
        return ui.t(l, "bcast.segment." + segment.code().toLowerCase(Locale.ROOT));
    }

    private String state(Language l, BroadcastStatus status, int pending) {
        return switch (status) {
            case SENDING -> ui.t(l, "bcast.state.sending");
            case DONE -> ui.t(l, "bcast.state.done");
            case CANCELLED -> ui.t(l, "bcast.state.cancelled", ui.formats().number(l, pending));
        };
    }

    private static String icon(BroadcastStatus status) {
        return switch (status) {
            case SENDING -> "⏳";
            case DONE -> "✅";
            case CANCELLED -> "⏹";
        };
    }

    private Keyboard back(Language l) {
        return Keyboard.builder().row(ui.button(l, "bcast.back", CallbackData.of(id()))).build();
    }
}
