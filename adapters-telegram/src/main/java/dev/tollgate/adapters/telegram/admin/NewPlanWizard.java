package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A new plan from scratch, one question a message: its id, name, duration, traffic, device limit, prices (several in
 * one message or one a message, then Done), the servers it sells on (buttons, paged, or typed with groups; one or every
 * server per purchase), and a summary to save on sale or off sale. Each answer is checked at once and the question asked
 * again after a refusal; what was answered is kept in the conversation, so nothing is stored before Save, and Cancel or
 * /cancel leave nothing. SavePlan checks the role and the plan's rules and creates the plan only if its id is free, so
 * a second press of Save makes no second plan.
 */
public final class NewPlanWizard implements Screen {

    static final String ID = "aplnew";
    static final int SERVER_PAGE = 8;
    /** At most this many servers chosen one by one (the conversation has room for them); more go in a group. */
    static final int MAX_SERVERS = 50;
    private static final int STEPS = 7;
    private static final Duration TYPING = Duration.ofMinutes(30);
    private static final List<String> ORDER = List.of("id", "name", "dur", "traf", "dev", "price", "srv");

    private final Ui ui;
    private final ListAllPlansUseCase plans;
    private final SavePlanUseCase save;
    private final ListServersUseCase servers;
    private final PlansAdminScreen cards;
    private final NewPlanServers places;

    public NewPlanWizard(Ui ui, ListAllPlansUseCase plans, SavePlanUseCase save, ListServersUseCase servers,
                         PlansAdminScreen cards) {
        this.ui = ui;
        this.plans = plans;
        this.save = save;
        this.servers = servers;
        this.cards = cards;
        this.places = new NewPlanServers(ui, servers, this);
    }

    @Override
    public String id() {
        return ID;
    }

    /** {@code /cancel} in the wizard: nothing is saved, and the plans list shows again. */
    @Override
    public java.util.Optional<Reply> onCancel(Session session) {
        Language l = session.language();
        if (session.conversation().filter(c -> c.step().startsWith(ID + ".")).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Reply.send(ui.t(l, "office.newplan.cancelled"), allPlans(l))
                .then(new Reply.EndConversation()));
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(plans.list(new ListAllPlansUseCase.Command(session.user())) instanceof ListAllPlansUseCase.Plans)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("");
        if (verb.isEmpty()) {
            if (places.list(session).map(List::isEmpty).orElse(true)) {
                return Reply.edit(ui.t(l, "office.newplan.no_servers"), Keyboard.builder()
                        .row(ui.button(l, "office.newplan.servers_button", CallbackData.of("srv")))
                        .row(ui.button(l, "office.plans.all", CallbackData.of("aplan"))).build()).then(new Reply.EndConversation());
            }
            return ask(l, "id", Map.of(), Reply.Mode.EDIT, null);
        }
        boolean ours = session.conversation().filter(c -> c.step().startsWith(ID + ".")).isPresent();
        if (verb.equals("x")) {
            Reply cancelled = Reply.edit(ui.t(l, "office.newplan.cancelled"), allPlans(l));
            return ours ? cancelled.then(new Reply.EndConversation()) : cancelled;
        }
        String step = session.conversation().map(c -> c.step()).orElse("");
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        String expected = switch (verb) {
            case "tu" -> "traf";
            case "du" -> "dev";
            case "pd" -> "price";
            case "sp", "t", "al", "sd" -> "srv";
            case "ok" -> "ok";
            default -> null;
        };
        if (expected == null) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        if (!step.equals(ID + "." + expected)) {
            // Saved, cancelled or moved on already (a second press of the same button): nothing more to do.
            return Reply.alert(ui.t(l, "office.newplan.expired"));
        }
        return switch (verb) {
            case "tu" -> next(session, with(values, "t", "0"), Reply.Mode.EDIT);
            case "du" -> next(session, with(values, "dv", "0"), Reply.Mode.EDIT);
            case "pd" -> PlanAnswers.decode(values.get("p")).isEmpty() ? Reply.alert(ui.t(l, "office.newplan.no_price"))
                    : next(session, with(values, "pd", "1"), Reply.Mode.EDIT);
            case "sp" -> places.picker(session, values, page(data.arg(1).orElse("0")), Reply.Mode.EDIT, null);
            case "t" -> places.toggle(session, values, page(data.arg(1).orElse("0")), data.arg(2).orElse(""));
            case "al" -> places.picker(session, with(values, "al", "1".equals(values.get("al")) ? "0" : "1"),
                    page(data.arg(1).orElse("0")), Reply.Mode.EDIT, null);
            case "sd" -> NewPlanServers.split(values.get("s")).isEmpty() && NewPlanServers.split(values.get("g")).isEmpty()
                    ? Reply.alert(ui.t(l, "office.newplan.no_server_chosen")) : next(session, with(values, "sd", "1"), Reply.Mode.EDIT);
            default -> saved(session, values, data.arg(1).orElse("").equals("1"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        String step = session.conversation().map(c -> c.step()).filter(s -> s.startsWith(ID + "."))
                .map(s -> s.substring(ID.length() + 1)).orElse("");
        if (!(plans.list(new ListAllPlansUseCase.Command(session.user())) instanceof ListAllPlansUseCase.Plans all)) {
            return Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
        }
        if (step.equals("ok")) {
            return summary(l, values, ui.t(l, "office.newplan.buttons_only"));
        }
        if (!(input instanceof Inbound.Text typed)) {
            return again(session, step, values, "office.newplan.text_only");
        }
        String text = typed.text().strip();
        if (text.length() > (step.equals("srv") ? NewPlanServers.MAX_TYPED : PlanAnswers.MAX_ANSWER)) {
            return again(session, step, values, "office.newplan.too_long");
        }
        return switch (step) {
            case "id" -> PlanAnswers.id(text).map(id -> all.plans().stream().anyMatch(p -> p.id().equals(id))
                            ? ask(l, "id", values, Reply.Mode.SEND, ui.t(l, "office.newplan.taken", Texts.code(id.value())))
                            : next(session, with(values, "id", id.value()), Reply.Mode.SEND))
                    .orElseGet(() -> again(session, step, values, "office.newplan.bad.id"));
            case "name" -> PlanAnswers.name(text).map(name -> next(session, with(values, "n", name), Reply.Mode.SEND))
                    .orElseGet(() -> again(session, step, values, "office.newplan.bad.name"));
            case "dur" -> PlanAnswers.duration(text).map(d -> next(session, with(values, "d", d.toString()), Reply.Mode.SEND))
                    .orElseGet(() -> again(session, step, values, "office.newplan.bad.duration"));
            case "traf" -> PlanAnswers.traffic(text).map(t -> next(session, with(values, "t", Long.toString(t.bytes())), Reply.Mode.SEND))
                    .orElseGet(() -> again(session, step, values, "office.newplan.bad.traffic"));
            case "dev" -> PlanAnswers.devices(text).map(d -> next(session, with(values, "dv", Integer.toString(d)), Reply.Mode.SEND))
                    .orElseGet(() -> again(session, step, values, "office.newplan.bad.devices"));
            case "price" -> PlanAnswers.prices(text, PlanAnswers.decode(values.get("p")))
                    .map(prices -> ask(l, "price", with(values, "p", PlanAnswers.encode(prices)), Reply.Mode.SEND, null))
                    .orElseGet(() -> again(session, step, values, "office.newplan.bad.prices"));
            case "srv" -> places.typed(session, values, text);
            default -> Reply.send(ui.t(l, "office.newplan.expired"), allPlans(l)).then(new Reply.EndConversation());
        };
    }

    /** The question after the last one answered (an id typed again after a refused save goes straight to the summary). */
    private Reply next(Session session, Map<String, String> values, Reply.Mode mode) {
        for (String step : ORDER) {
            if (!answered(values, step)) {
                return step.equals("srv") ? places.picker(session, values, 0, mode, null)
                        : ask(session.language(), step, values, mode, null);
            }
        }
        return summary(session.language(), values, null);
    }

    private static boolean answered(Map<String, String> values, String step) {
        return switch (step) {
            case "id" -> values.containsKey("id");
            case "name" -> values.containsKey("n");
            case "dur" -> values.containsKey("d");
            case "traf" -> values.containsKey("t");
            case "dev" -> values.containsKey("dv");
            case "price" -> values.containsKey("pd");
            default -> values.containsKey("sd");
        };
    }

    /** Asks one question ({@code notice}, a refusal, comes first). */
    private Reply ask(Language l, String step, Map<String, String> values, Reply.Mode mode, String notice) {
        Keyboard.Builder keyboard = Keyboard.builder();
        String question = ui.t(l, "office.newplan.ask." + step);
        if (step.equals("traf")) {
            keyboard.row(ui.button(l, "office.newplan.unlimited", CallbackData.of(ID, "tu")));
        } else if (step.equals("dev")) {
            keyboard.row(ui.button(l, "office.newplan.no_limit", CallbackData.of(ID, "du")));
        } else if (step.equals("price")) {
            Map<Currency, Money> prices = PlanAnswers.decode(values.get("p"));
            if (!prices.isEmpty()) {
                question = question + "\n\n" + ui.t(l, "office.newplan.prices_so_far", prices(l, prices));
                keyboard.row(ui.button(l, "office.newplan.done", CallbackData.of(ID, "pd")));
            }
        }
        String text = head(l, step) + "\n" + question;
        return Reply.of(new Reply.Message(notice == null ? text : notice + "\n\n" + text, keyboard.row(cancel(l)).build(), mode))
                .then(converse(step, values));
    }

    /** The refusal of a typed answer, and the same question again. */
    private Reply again(Session session, String step, Map<String, String> values, String key) {
        Language l = session.language();
        return step.equals("srv") ? places.picker(session, values, 0, Reply.Mode.SEND, ui.t(l, key))
                : ask(l, step, values, Reply.Mode.SEND, ui.t(l, key));
    }

    String head(Language l, String step) {
        return ui.t(l, "office.newplan.head", ui.formats().number(l, ORDER.indexOf(step) + 1), ui.formats().number(l, STEPS));
    }

    private Reply summary(Language l, Map<String, String> values, String notice) {
        Duration duration = Duration.parse(values.get("d"));
        int devices = Integer.parseInt(values.get("dv"));
        String text = ui.t(l, "office.newplan.summary", Texts.escape(values.get("n")), Texts.code(values.get("id")),
                ui.formats().duration(l, duration), ui.formats().traffic(l, DataSize.ofBytes(Long.parseLong(values.get("t")))),
                devices == 0 ? "∞" : ui.formats().number(l, devices), prices(l, PlanAnswers.decode(values.get("p"))),
                Texts.escape(NewPlanServers.places(NewPlanServers.split(values.get("s")), NewPlanServers.split(values.get("g")))),
                ui.t(l, "1".equals(values.get("al")) ? "office.plans.all_locations_on" : "office.plans.all_locations_off"));
        Keyboard keyboard = Keyboard.builder()
                .row(ui.button(l, "office.newplan.save_on", CallbackData.of(ID, "ok", 1)))
                .row(ui.button(l, "office.newplan.save_off", CallbackData.of(ID, "ok", 0)))
                .row(cancel(l)).build();
        return Reply.of(new Reply.Message(notice == null ? text : notice + "\n\n" + text, keyboard, Reply.Mode.EDIT))
                .then(converse("ok", values));
    }

    private Reply saved(Session session, Map<String, String> values, boolean onSale) {
        Language l = session.language();
        Optional<PlanId> id = PlanAnswers.id(values.getOrDefault("id", ""));
        if (id.isEmpty() || !values.containsKey("n") || !values.containsKey("d") || !values.containsKey("t")
                || !values.containsKey("dv")) {
            return Reply.alert(ui.t(l, "office.newplan.expired")).then(new Reply.EndConversation());
        }
        SavePlanUseCase.Result result;
        try {
            PlanTerms terms = new PlanTerms(id.get(), Duration.parse(values.get("d")), DataSize.ofBytes(Long.parseLong(values.get("t"))),
                    Integer.parseInt(values.get("dv")), false, RenewalPolicy.STACK_BOTH);
            result = save.save(SavePlanUseCase.Command.create(session.user(), values.get("n"), terms,
                    PlanAnswers.decode(values.get("p")), NewPlanServers.split(values.get("s")).stream().map(ServerId::new)
                            .collect(Collectors.toSet()), NewPlanServers.split(values.get("g")), onSale, null, "1".equals(values.get("al"))));
        } catch (IllegalArgumentException broken) {
            result = new SavePlanUseCase.Refused(SavePlanUseCase.Reason.INVALID_PLAN, broken.getMessage());
        }
        if (result instanceof SavePlanUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed")).then(new Reply.EndConversation());
                case ID_TAKEN -> ask(l, "id", without(values, "id"), Reply.Mode.SEND,
                        ui.t(l, "office.newplan.taken", Texts.code(id.get().value())));
                case INVALID_PLAN -> places.picker(session, without(values, "sd"), 0, Reply.Mode.SEND, ui.t(l, "office.newplan.invalid",
                        Texts.escape(Texts.truncate(refused.detail() == null ? "" : refused.detail(), 120))));
            };
        }
        return cards.shown(session, id.get(), ui.t(l, onSale ? "office.newplan.created_on" : "office.plans.created"))
                .then(new Reply.EndConversation()).withToast(ui.t(l, "office.staff.saved"));
    }

    private String prices(Language l, Map<Currency, Money> prices) {
        return prices.values().stream().map(m -> ui.formats().money(l, m)).collect(Collectors.joining(", "));
    }

    private static int page(String arg) {
        return arg.matches("[0-9]{1,4}") ? Integer.parseInt(arg) : 0;
    }

    static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> next = new HashMap<>(values);
        next.put(key, value);
        return next;
    }

    private static Map<String, String> without(Map<String, String> values, String key) {
        Map<String, String> next = new HashMap<>(values);
        next.remove(key);
        return next;
    }

    static Reply.Converse converse(String step, Map<String, String> values) {
        return new Reply.Converse(ID + "." + step, values, TYPING);
    }

    Button cancel(Language l) {
        return ui.button(l, "office.newplan.cancel", CallbackData.of(ID, "x"));
    }

    private Keyboard allPlans(Language l) {
        return Keyboard.builder().row(ui.button(l, "office.plans.all", CallbackData.of("aplan"))).build();
    }
}
