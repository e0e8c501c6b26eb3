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
import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.in.ShowTicketUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import dev.tollgate.domain.support.TicketStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Support tickets for staff (/tickets or the back office): the waiting ones oldest first (paged), a ticket with its
 * newest messages, reply by typing (the answer reaches the customer), and close. The use cases check the role.
 */
public final class TicketsScreen implements Screen {

    static final int PAGE = 8;
    private static final String REPLY_STEP = "tix.reply";
    private static final Duration TYPING = Duration.ofMinutes(30);

    private final Ui ui;
    private final ListTicketsUseCase list;
    private final ShowTicketUseCase show;
    private final AnswerTicketUseCase answer;

    public TicketsScreen(Ui ui, ListTicketsUseCase list, ShowTicketUseCase show, AnswerTicketUseCase answer) {
        this.ui = ui;
        this.list = list;
        this.show = show;
        this.answer = answer;
    }

    @Override
    public String id() {
        return "tix";
    }

    @Override
    public Set<String> commands() {
        return Set.of("tickets");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        return page(session, CallbackData.of(id()), Reply.Mode.SEND)
                .orElseGet(() -> Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l)));
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("0");
        if (verb.matches("[0-9]{1,6}")) {
            return page(session, data, Reply.Mode.EDIT).orElseGet(() -> Reply.alert(ui.t(l, "admin.not_allowed")));
        }
        Optional<TicketId> ticket = data.arg(1).flatMap(TicketsScreen::ticketId);
        if (ticket.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        return switch (verb) {
            case "v" -> view(session, ticket.get(), Reply.Mode.EDIT, null);
            case "r" -> show.show(new ShowTicketUseCase.Command(session.user(), ticket.get())) instanceof ShowTicketUseCase.Found
                    ? Reply.edit(ui.t(l, "office.tickets.reply_ask"), Keyboard.builder()
                            .row(ui.button(l, "office.tickets.back", CallbackData.of(id(), "v", ticket.get().value()))).build())
                    .then(new Reply.Converse(REPLY_STEP, Map.of("ticket", ticket.get().toString()), TYPING))
                    : Reply.alert(ui.t(l, "admin.not_allowed"));
            case "c" -> done(session, ticket.get(), answer.answer(AnswerTicketUseCase.Command.close(session.user(), ticket.get())),
                    Reply.Mode.EDIT, "office.tickets.closed");
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Optional<TicketId> ticket = session.conversation().map(c -> c.values().get("ticket")).flatMap(TicketsScreen::ticketId);
        if (ticket.isEmpty() || !(input instanceof Inbound.Text text)) {
            return Reply.send(ui.t(l, "office.tickets.text_only"), null).then(new Reply.EndConversation());
        }
        AnswerTicketUseCase.Result result = answer.answer(new AnswerTicketUseCase.Command(session.user(), ticket.get(),
                text.text(), false));
        Reply reply = done(session, ticket.get(), result, Reply.Mode.SEND, "office.tickets.answered");
        return reply.parts().isEmpty() ? Reply.send(reply.toast(), null).then(new Reply.EndConversation())
                : reply.then(new Reply.EndConversation());
    }

    private Reply done(Session session, TicketId ticket, AnswerTicketUseCase.Result result, Reply.Mode mode, String ok) {
        Language l = session.language();
        if (result instanceof AnswerTicketUseCase.Refused refused) {
            return Reply.alert(ui.t(l, switch (refused.reason()) {
                case NOT_STAFF -> "admin.not_allowed";
                case UNKNOWN_TICKET -> "office.tickets.unknown";
                case CLOSED -> "office.tickets.already_closed";
                case EMPTY -> "office.tickets.empty";
                case TOO_LONG -> "office.tickets.too_long";
            }));
        }
        boolean delivered = ((AnswerTicketUseCase.Done) result).delivered();
        return view(session, ticket, mode, ui.t(l, delivered ? ok : "office.tickets.not_delivered"))
                .withToast(ui.t(l, "office.staff.saved"));
    }

    private Optional<Reply> page(Session session, CallbackData data, Reply.Mode mode) {
        Language l = session.language();
        if (!(list.list(new ListTicketsUseCase.Command(session.user(), 0, PAGE)) instanceof ListTicketsUseCase.Waiting first)) {
            return Optional.empty();
        }
        int pages = Math.max(1, (first.total() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        ListTicketsUseCase.Waiting waiting = page == 0 ? first
                : (ListTicketsUseCase.Waiting) list.list(new ListTicketsUseCase.Command(session.user(), page * PAGE, PAGE));
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Ticket ticket : waiting.tickets()) {
            keyboard.row(Button.tap(ui.t(l, "office.tickets.row", Long.toString(ticket.customer().value()),
                    ui.formats().dateTime(l, ticket.updatedAt())), CallbackData.of(id(), "v", ticket.id().value())));
        }
        keyboard.row(Paging.buttons(ui, l, id(), page, pages));
        String title = waiting.total() == 0 ? ui.t(l, "office.tickets.none")
                : ui.t(l, "office.tickets.title", waiting.total(), page + 1, pages);
        return Optional.of(Reply.of(new Reply.Message(title, OfficeScreen.backToOffice(ui, l, keyboard).build(), mode))
                .then(new Reply.EndConversation()));
    }

    private Reply view(Session session, TicketId id, Reply.Mode mode, String notice) {
        Language l = session.language();
        ShowTicketUseCase.Result result = show.show(new ShowTicketUseCase.Command(session.user(), id));
        if (result instanceof ShowTicketUseCase.Refused refused) {
            return Reply.alert(ui.t(l, refused.reason() == ShowTicketUseCase.Reason.NOT_STAFF ? "admin.not_allowed"
                    : "office.tickets.unknown"));
        }
        ShowTicketUseCase.Found found = (ShowTicketUseCase.Found) result;
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(ui.t(l, "office.tickets.card", Long.toString(found.ticket().customer().value()),
                ui.t(l, "office.tickets.status." + found.ticket().status().name().toLowerCase(java.util.Locale.ROOT)),
                ui.formats().dateTime(l, found.ticket().createdAt())));
        for (TicketMessage message : found.messages()) {
            text.append("\n\n").append(ui.t(l, message.fromStaff() ? "office.tickets.from_staff" : "office.tickets.from_customer",
                    Long.toString(message.author().value()), ui.formats().dateTime(l, message.at()),
                    Texts.escape(Texts.truncate(message.text(), 600))));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        if (found.ticket().status() != TicketStatus.CLOSED) {
            keyboard.row(ui.button(l, "office.tickets.reply", CallbackData.of(id(), "r", id.value())),
                    ui.button(l, "office.tickets.close", CallbackData.of(id(), "c", id.value())));
        }
        keyboard.row(ui.button(l, "office.users.back_to_card", CallbackData.of("users", "c", found.ticket().customer().value())),
                ui.button(l, "office.tickets.all", CallbackData.of(id())));
        return Reply.of(new Reply.Message(text.toString(), keyboard.build(), mode));
    }

    private static Optional<TicketId> ticketId(String text) {
        try {
            return text != null && text.length() == 36 ? Optional.of(new TicketId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
