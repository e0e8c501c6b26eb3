package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.domain.customer.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The new-plan wizard's last question: where the plan sells. The shop's servers as buttons (paged, ✅ when chosen,
 * ⛔ when closed for new sales), or typed with groups ({@code de-1 group:europe}), and one or every server per purchase.
 * The choice is kept in the conversation ({@code s} servers, {@code g} groups, {@code al} every server); SavePlan checks
 * the servers and groups once more when the plan is saved.
 */
final class NewPlanServers {

    /** Room for {@link NewPlanWizard#MAX_SERVERS} ids of 40 characters and their spaces. */
    static final int MAX_TYPED = 2_100;

    private final Ui ui;
    private final ListServersUseCase servers;
    private final NewPlanWizard wizard;

    NewPlanServers(Ui ui, ListServersUseCase servers, NewPlanWizard wizard) {
        this.ui = ui;
        this.servers = servers;
        this.wizard = wizard;
    }

    /** The shop's servers, empty for someone who may not see them. */
    Optional<List<ListServersUseCase.Entry>> list(Session session) {
        return servers.list(new ListServersUseCase.Command(session.user())) instanceof ListServersUseCase.Servers all
                ? Optional.of(all.servers()) : Optional.empty();
    }

    Reply picker(Session session, Map<String, String> values, int page, Reply.Mode mode, String notice) {
        return picker(session.language(), list(session).orElse(List.of()), values, page, mode, notice);
    }

    private Reply picker(Language l, List<ListServersUseCase.Entry> all, Map<String, String> values, int page,
                         Reply.Mode mode, String notice) {
        Set<String> chosen = split(values.get("s"));
        Set<String> groups = split(values.get("g"));
        int pages = Math.max(1, (all.size() + NewPlanWizard.SERVER_PAGE - 1) / NewPlanWizard.SERVER_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        Keyboard.Builder keyboard = Keyboard.builder();
        int from = shown * NewPlanWizard.SERVER_PAGE;
        for (ListServersUseCase.Entry server : all.subList(from, Math.min(all.size(), from + NewPlanWizard.SERVER_PAGE))) {
            String label = (chosen.contains(server.id().value()) ? "✅ " : "▫️ ") + server.id().value()
                    + (server.name().equals(server.id().value()) ? "" : " · " + server.name()) + (server.salesOpen() ? "" : " ⛔");
            keyboard.row(Button.tap(label, CallbackData.of(NewPlanWizard.ID, "t", shown, server.id().value())));
        }
        List<Button> paging = new ArrayList<>();
        if (shown > 0) {
            paging.add(Button.tap(ui.t(l, "button.previous"), CallbackData.of(NewPlanWizard.ID, "sp", shown - 1)));
        }
        if (shown + 1 < pages) {
            paging.add(Button.tap(ui.t(l, "button.next"), CallbackData.of(NewPlanWizard.ID, "sp", shown + 1)));
        }
        boolean every = "1".equals(values.get("al"));
        keyboard.row(paging)
                .row(ui.button(l, every ? "office.plans.one_location" : "office.plans.every_location", CallbackData.of(NewPlanWizard.ID, "al", shown)))
                .row(ui.button(l, "office.newplan.next", CallbackData.of(NewPlanWizard.ID, "sd")))
                .row(wizard.cancel(l));
        String text = wizard.head(l, "srv") + "\n" + ui.t(l, "office.newplan.ask.srv", Texts.escape(places(chosen, groups)))
                + "\n" + ui.t(l, "office.newplan.servers_page", ui.formats().number(l, shown + 1), ui.formats().number(l, pages))
                + "\n" + ui.t(l, every ? "office.plans.all_locations_on" : "office.plans.all_locations_off");
        return Reply.of(new Reply.Message(notice == null ? text : notice + "\n\n" + text, keyboard.build(), mode))
                .then(NewPlanWizard.converse("srv", values));
    }

    Reply toggle(Session session, Map<String, String> values, int page, String server) {
        Language l = session.language();
        List<ListServersUseCase.Entry> all = list(session).orElse(List.of());
        if (all.stream().noneMatch(entry -> entry.id().value().equals(server))) {
            return Reply.alert(ui.t(l, "office.newplan.unknown_server", server));
        }
        Set<String> chosen = new LinkedHashSet<>(split(values.get("s")));
        if (!chosen.remove(server)) {
            if (chosen.size() + split(values.get("g")).size() >= NewPlanWizard.MAX_SERVERS) {
                return Reply.alert(ui.t(l, "office.newplan.bad.srv"));
            }
            chosen.add(server);
        }
        return picker(l, all, NewPlanWizard.with(values, "s", String.join(",", chosen)), page, Reply.Mode.EDIT, null);
    }

    /** "de-1 nl-1 group:europe": the servers (of the shop's list) and groups, replacing those chosen so far. */
    Reply typed(Session session, Map<String, String> values, String text) {
        Language l = session.language();
        List<ListServersUseCase.Entry> all = list(session).orElse(List.of());
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String item : PlanAnswers.latin(text).toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.startsWith("group:") && item.substring(6).matches("[a-z0-9][a-z0-9_-]{0,39}")) {
                groups.add(item.substring(6));
            } else if (all.stream().anyMatch(entry -> entry.id().value().equals(item))) {
                chosen.add(item);
            } else {
                String problem = item.startsWith("group:") ? ui.t(l, "office.newplan.bad.srv")
                        : ui.t(l, "office.newplan.unknown_server", Texts.escape(item));
                return picker(l, all, values, 0, Reply.Mode.SEND, problem);
            }
        }
        if (chosen.size() + groups.size() > NewPlanWizard.MAX_SERVERS || chosen.isEmpty() && groups.isEmpty()) {
            return picker(l, all, values, 0, Reply.Mode.SEND, ui.t(l, "office.newplan.bad.srv"));
        }
        return picker(l, all, NewPlanWizard.with(NewPlanWizard.with(values, "s", String.join(",", chosen)), "g", String.join(",", groups)), 0,
                Reply.Mode.SEND, null);
    }

    static String places(Set<String> servers, Set<String> groups) {
        List<String> all = new ArrayList<>(servers);
        groups.stream().map(g -> "group:" + g).forEach(all::add);
        return all.isEmpty() ? "—" : String.join(", ", all);
    }

    /** A comma-joined conversation value as a set, in its order. */
    static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList());
    }
}
