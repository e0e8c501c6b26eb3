package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.OpenBackOfficeUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.staff.StaffRole;
import java.util.Set;

/**
 * /admin: the back office's menu, with the entries the member's role may use (the use cases check the role again).
 * To anyone who is not staff the command does not exist.
 */
public final class OfficeScreen implements Screen {

    private final Ui ui;
    private final OpenBackOfficeUseCase office;

    public OfficeScreen(Ui ui, OpenBackOfficeUseCase office) {
        this.ui = ui;
        this.office = office;
    }

    @Override
    public String id() {
        return "office";
    }

    @Override
    public Set<String> commands() {
        return Set.of("admin");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        if (!(office.open(new OpenBackOfficeUseCase.Command(session.user())) instanceof OpenBackOfficeUseCase.Opened opened)) {
            return Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l));
        }
        return Reply.send(text(l, opened.role()), menu(l, opened.role())).then(new Reply.EndConversation());
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(office.open(new OpenBackOfficeUseCase.Command(session.user())) instanceof OpenBackOfficeUseCase.Opened opened)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        return Reply.edit(text(l, opened.role()), menu(l, opened.role())).then(new Reply.EndConversation());
    }

    private String text(Language l, StaffRole role) {
        return ui.t(l, "office.menu.title", roleName(ui, l, role));
    }

    private Keyboard menu(Language l, StaffRole role) {
        Keyboard.Builder keyboard = Keyboard.builder()
                .row(ui.button(l, "office.button.users", CallbackData.of("users")),
                        ui.button(l, "office.button.tickets", CallbackData.of("tix")));
        if (role.covers(StaffRole.ADMIN)) {
            keyboard.row(ui.button(l, "office.button.receipts", CallbackData.of("rcpts")),
                    ui.button(l, "office.button.stats", CallbackData.of("stats")));
            keyboard.row(ui.button(l, "office.button.plans", CallbackData.of("aplan")),
                    ui.button(l, "office.button.promos", CallbackData.of("promo")));
            keyboard.row(ui.button(l, "srv.menu", CallbackData.of("srv")),
                    ui.button(l, "sets.menu", CallbackData.of("sets")));
            keyboard.row(ui.button(l, "bcast.button.menu", CallbackData.of("bcast")));
        }
        if (role.covers(StaffRole.OWNER)) {
            keyboard.row(ui.button(l, "office.button.staff", CallbackData.of("staff")),
                    ui.button(l, "office.button.audit", CallbackData.of("audit")));
        }
        return keyboard.row(ui.menuButton(l)).build();
    }

    static String roleName(Ui ui, Language l, StaffRole role) {
        return ui.t(l, switch (role) {
            case OWNER -> "office.role.owner";
            case ADMIN -> "office.role.admin";
            case SUPPORT -> "office.role.support";
        });
    }

    static Keyboard.Builder backToOffice(Ui ui, Language l, Keyboard.Builder keyboard) {
        return keyboard.row(ui.button(l, "office.button.back", CallbackData.of("office")));
    }
}
