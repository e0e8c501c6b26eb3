package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.user.Paging;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.BrowseAuditLogUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.util.Locale;

/** The audit log for the owner, newest first, a page at a time: who did what to which subject, before and after. */
public final class AuditScreen implements Screen {

    static final int PAGE = 8;

    private final Ui ui;
    private final BrowseAuditLogUseCase audit;

    public AuditScreen(Ui ui, BrowseAuditLogUseCase audit) {
        this.ui = ui;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        BrowseAuditLogUseCase.Result first = audit.browse(new BrowseAuditLogUseCase.Command(session.user(), 0, PAGE));
        if (!(first instanceof BrowseAuditLogUseCase.Entries entries)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        int pages = Math.max(1, (entries.total() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        if (page > 0) {
            entries = (BrowseAuditLogUseCase.Entries) audit.browse(
                    new BrowseAuditLogUseCase.Command(session.user(), page * PAGE, PAGE));
        }
        StringBuilder text = new StringBuilder(ui.t(l, "office.audit.title", entries.total(), page + 1, pages));
        if (entries.entries().isEmpty()) {
            text.append("\n\n").append(ui.t(l, "office.audit.empty"));
        }
        for (AuditEntry entry : entries.entries()) {
            text.append("\n\n").append(ui.t(l, "office.audit.line", ui.formats().dateTime(l, entry.at()),
                    Long.toString(entry.actor().value()), action(l, entry.action()), Texts.escape(entry.subject())));
            if (!entry.before().isEmpty() || !entry.after().isEmpty()) {
                text.append('\n').append(ui.t(l, "office.audit.change", Texts.escape(orDash(entry.before())),
                        Texts.escape(orDash(entry.after()))));
            }
        }
        Keyboard.Builder keyboard = Keyboard.builder().row(Paging.buttons(ui, l, id(), page, pages));
        return Reply.edit(text.toString(), OfficeScreen.backToOffice(ui, l, keyboard).build());
    }

    private String action(Language l, AuditAction action) {
        return ui.t(l, "office.audit.action." + action.name().toLowerCase(Locale.ROOT));
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }
}
