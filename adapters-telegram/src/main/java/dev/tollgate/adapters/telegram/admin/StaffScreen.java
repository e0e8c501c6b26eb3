package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.Paging;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's staff list (owners, then admins and support, paged), a card per member to give or take a role, and
 * "add" by typing a Telegram id. Every press goes to the use case, which refuses anyone but an owner.
 */
public final class StaffScreen implements Screen {

    static final int PAGE = 8;
    private static final String ID_STEP = "staff.id";
    private static final Duration TYPING = Duration.ofMinutes(10);

    private final Ui ui;
    private final ListStaffUseCase list;
    private final ManageStaffUseCase manage;

    public StaffScreen(Ui ui, ListStaffUseCase list, ManageStaffUseCase manage) {
        this.ui = ui;
        this.list = list;
        this.manage = manage;
    }

    @Override
    public String id() {
        return "staff";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("0");
        return switch (verb) {
            case "add" -> askForId(session);
            case "m" -> userArg(data, 1).map(user -> card(session, user, null, Reply.Mode.EDIT))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            case "set", "rm" -> change(session, data, verb);
            default -> page(session, data);
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Optional<TelegramUserId> user = input instanceof Inbound.Text text ? parseId(text.text().trim()) : Optional.empty();
        if (user.isEmpty()) {
            return Reply.send(ui.t(l, "office.staff.bad_id"), cancel(l))
                    .then(new Reply.Converse(ID_STEP, Map.of(), TYPING));
        }
        if (!(list.list(new ListStaffUseCase.Command(session.user(), 0, 1)) instanceof ListStaffUseCase.Staff)) {
            return Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
        }
        return card(session, user.get(), null, Reply.Mode.SEND).then(new Reply.EndConversation());
    }

    private Reply page(Session session, CallbackData data) {
        Language l = session.language();
        ListStaffUseCase.Result first = list.list(new ListStaffUseCase.Command(session.user(), 0, PAGE));
        if (!(first instanceof ListStaffUseCase.Staff staff)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        int pages = Math.max(1, (staff.total() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        if (page > 0) {
            staff = (ListStaffUseCase.Staff) list.list(new ListStaffUseCase.Command(session.user(), page * PAGE, PAGE));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (ListStaffUseCase.Member member : staff.members()) {
            keyboard.row(Button.tap(ui.t(l, "office.staff.member", Long.toString(member.user().value()),
                    OfficeScreen.roleName(ui, l, member.role())), CallbackData.of(id(), "m", member.user().value())));
        }
        keyboard.row(Paging.buttons(ui, l, id(), page, pages));
        keyboard.row(ui.button(l, "office.staff.add", CallbackData.of(id(), "add")));
        return Reply.edit(ui.t(l, "office.staff.title", staff.total(), page + 1, pages),
                OfficeScreen.backToOffice(ui, l, keyboard).build()).then(new Reply.EndConversation());
    }

    private Reply askForId(Session session) {
        Language l = session.language();
        if (!(list.list(new ListStaffUseCase.Command(session.user(), 0, 1)) instanceof ListStaffUseCase.Staff)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        return Reply.edit(ui.t(l, "office.staff.ask_id"), cancel(l)).then(new Reply.Converse(ID_STEP, Map.of(), TYPING));
    }

    private Reply change(Session session, CallbackData data, String verb) {
        Language l = session.language();
        Optional<TelegramUserId> user = userArg(data, 1);
        Optional<StaffRole> role = verb.equals("rm") ? Optional.empty()
                : data.arg(2).flatMap(StaffScreen::role);
        if (user.isEmpty() || (verb.equals("set") && role.isEmpty())) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        ManageStaffUseCase.Result result = manage.change(new ManageStaffUseCase.Command(session.user(), user.get(), role));
        if (result instanceof ManageStaffUseCase.Changed changed) {
            return card(session, user.get(), changed, Reply.Mode.EDIT).withToast(ui.t(l, "office.staff.saved"));
        }
        return switch (((ManageStaffUseCase.Refused) result).reason()) {
            case NOT_AN_OWNER -> Reply.alert(ui.t(l, "admin.not_allowed"));
            case OWNER_IS_CONFIGURED -> Reply.alert(ui.t(l, "office.staff.owner_configured"));
            case UNCHANGED -> Reply.nothing().withToast(ui.t(l, "office.staff.unchanged"));
        };
    }

    private Reply card(Session session, TelegramUserId user, ManageStaffUseCase.Changed changed, Reply.Mode mode) {
        Language l = session.language();
        String text = ui.t(l, "office.staff.card", Long.toString(user.value()));
        if (changed != null) {
            text += "\n" + ui.t(l, "office.staff.changed", roleOrNone(l, changed.before()), roleOrNone(l, changed.after()));
        }
        long id = user.value();
        Keyboard.Builder keyboard = Keyboard.builder()
                .row(ui.button(l, "office.staff.make_admin", CallbackData.of(id(), "set", id, "A")),
                        ui.button(l, "office.staff.make_support", CallbackData.of(id(), "set", id, "S")))
                .row(ui.button(l, "office.staff.remove", CallbackData.of(id(), "rm", id)))
                .row(ui.button(l, "office.staff.back", CallbackData.of(id())));
        return Reply.of(new Reply.Message(text, keyboard.build(), mode));
    }

    private String roleOrNone(Language l, Optional<StaffRole> role) {
        return role.map(r -> OfficeScreen.roleName(ui, l, r)).orElseGet(() -> ui.t(l, "office.role.none"));
    }

    private Keyboard cancel(Language l) {
        return Keyboard.builder().row(ui.button(l, "office.staff.back", CallbackData.of(id()))).build();
    }

    private static Optional<StaffRole> role(String code) {
        return switch (code) {
            case "A" -> Optional.of(StaffRole.ADMIN);
            case "S" -> Optional.of(StaffRole.SUPPORT);
            default -> Optional.empty();
        };
    }

    private static Optional<TelegramUserId> userArg(CallbackData data, int index) {
        return data.arg(index).flatMap(StaffScreen::parseId);
    }

    static Optional<TelegramUserId> parseId(String text) {
        if (!text.matches("[0-9]{1,15}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(text);
        return value > 0 ? Optional.of(new TelegramUserId(value)) : Optional.empty();
    }
}
