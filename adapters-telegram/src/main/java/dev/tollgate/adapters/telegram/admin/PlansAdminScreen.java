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
import dev.tollgate.application.port.in.ListAllPlansUseCase;
import dev.tollgate.application.port.in.SavePlanUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.plan.TrafficPack;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans for admins: every plan (paged, in menu order), a card per plan to take it off sale or back, edit its name, a
 * price per currency, days, traffic, device limit, servers and groups, and its menu position by typing, toggle
 * start-on-first-use and each half of the renewal policy (stack or reset), and make a new plan as a copy of one (same
 * servers and groups, off sale until it is put on sale), its traffic packs (typed) and whether one purchase covers every
 * server of the plan; "➕ New plan" opens the {@link NewPlanWizard}. Each change goes through SavePlan, which checks
 * the role and the plan's rules; a refused change leaves the plan as it was.
 */
public final class PlansAdminScreen implements Screen {

    static final int PAGE = 8;
    private static final String EDIT_STEP = "aplan.edit";
    private static final Duration TYPING = Duration.ofMinutes(10);
    private static final List<String> FIELDS = List.of("name", "price", "days", "traffic", "devices", "copy", "servers",
            "position", "packs");
    /** At most this many traffic packs per plan: each is a button on the subscription page. */
    static final int MAX_PACKS = 6;

    private final Ui ui;
    private final ListAllPlansUseCase plans;
    private final SavePlanUseCase save;

    public PlansAdminScreen(Ui ui, ListAllPlansUseCase plans, SavePlanUseCase save) {
        this.ui = ui;
        this.plans = plans;
        this.save = save;
    }

    @Override
    public String id() {
        return "aplan";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(plans.list(new ListAllPlansUseCase.Command(session.user())) instanceof ListAllPlansUseCase.Plans all)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("0");
        Optional<Plan> plan = data.arg(1).flatMap(id -> find(all.plans(), id));
        if (verb.matches("[0-9]{1,6}")) {
            return list(l, all.plans(), data);
        }
        if (plan.isEmpty()) {
            return Reply.alert(ui.t(l, "office.plans.unknown"));
        }
        return switch (verb) {
            case "v" -> Reply.edit(card(l, plan.get(), null), keyboard(l, plan.get())).then(new Reply.EndConversation());
            case "s" -> saved(session, plan.get(), with(session, plan.get(), null, null, null, !plan.get().active()));
            case "f" -> saved(session, plan.get(), with(session, plan.get(), null, terms(plan.get(), null, null, null,
                    !plan.get().terms().startOnFirstUse()), null, plan.get().active()));
            case "al" -> data.arg(2).filter(value -> value.equals("1") || value.equals("0")).map(value -> saved(session,
                            plan.get(), new SavePlanUseCase.Command(session.user(), plan.get().name(), plan.get().terms(),
                                    plan.get().prices(), plan.get().servers(), plan.get().serverGroups(), plan.get().active(),
                                    null, null, value.equals("1"))))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            case "rd", "rt" -> data.arg(2).flatMap(PlansAdminScreen::mode).map(mode -> saved(session, plan.get(),
                    with(session, plan.get(), null, renewal(plan.get(), verb.equals("rd"), mode), null, plan.get().active())))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            case "e" -> data.arg(2).filter(FIELDS::contains).map(field -> Reply.edit(
                            ui.t(l, "office.plans.ask." + field, Texts.escape(plan.get().name())),
                            Keyboard.builder().row(ui.button(l, "office.plans.back", CallbackData.of(id(), "v", plan.get().id().value())))
                                    .build())
                    .then(new Reply.Converse(EDIT_STEP, Map.of("plan", plan.get().id().value(), "field", field), TYPING)))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        if (!(plans.list(new ListAllPlansUseCase.Command(session.user())) instanceof ListAllPlansUseCase.Plans all)) {
            return Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
        }
        Optional<Plan> plan = Optional.ofNullable(values.get("plan")).flatMap(id -> find(all.plans(), id));
        String field = values.getOrDefault("field", "");
        if (plan.isEmpty() || !(input instanceof Inbound.Text text)) {
            return Reply.send(ui.t(l, "office.plans.unknown"), null).then(new Reply.EndConversation());
        }
        Optional<SavePlanUseCase.Command> change = parse(session, plan.get(), field, text.text().strip());
        if (change.isEmpty()) {
            return Reply.send(ui.t(l, "office.plans.bad." + field), null)
                    .then(new Reply.Converse(EDIT_STEP, values, TYPING));
        }
        if (field.equals("copy") && find(all.plans(), change.get().terms().plan().value()).isPresent()) {
            return Reply.send(ui.t(l, "office.plans.taken"), null).then(new Reply.Converse(EDIT_STEP, values, TYPING));
        }
        Reply reply = saved(session, plan.get(), change.get());
        if (reply.parts().isEmpty()) {
            // A refusal: typed text has no button to show it on, so it comes as a message and the typing goes on.
            return Reply.send(reply.toast(), null).then(new Reply.Converse(EDIT_STEP, values, TYPING));
        }
        // The answer to typed text is a new message: there is no tapped message to edit.
        return new Reply(reply.parts().stream().map(part -> part instanceof Reply.Message m
                ? new Reply.Message(m.html(), m.keyboard(), Reply.Mode.SEND) : part).toList(), null, false)
                .then(new Reply.EndConversation());
    }

    private Reply list(Language l, List<Plan> all, CallbackData data) {
        int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Plan plan : all.subList(page * PAGE, Math.min(all.size(), page * PAGE + PAGE))) {
            keyboard.row(Button.tap((plan.active() ? "🟢 " : "⚪️ ") + plan.name(), CallbackData.of(id(), "v", plan.id().value())));
        }
        keyboard.row(Paging.buttons(ui, l, id(), page, pages))
                .row(ui.button(l, "office.newplan.button", CallbackData.of(NewPlanWizard.ID)));
        String title = ui.t(l, "office.plans.title", all.size(), page + 1, pages);
        return Reply.edit(all.isEmpty() ? title + "\n\n" + ui.t(l, "office.newplan.empty") : title,
                OfficeScreen.backToOffice(ui, l, keyboard).build()).then(new Reply.EndConversation());
    }

    /** The card of a plan with a notice above it (a plan just made by the new-plan wizard). */
    Reply shown(Session session, PlanId id, String notice) {
        Optional<Plan> plan = plans.list(new ListAllPlansUseCase.Command(session.user())) instanceof ListAllPlansUseCase.Plans all
                ? find(all.plans(), id.value()) : Optional.empty();
        return plan.map(p -> Reply.edit(card(session.language(), p, notice), keyboard(session.language(), p)))
                .orElseGet(() -> Reply.alert(ui.t(session.language(), "office.plans.unknown")));
    }

    private String card(Language l, Plan plan, String notice) {
        PlanTerms t = plan.terms();
        String prices = plan.prices().values().stream().map(m -> ui.formats().money(l, m)).collect(Collectors.joining(", "));
        String text = ui.t(l, "office.plans.card", Texts.escape(plan.name()), Texts.code(plan.id().value()),
                ui.t(l, plan.active() ? "office.plans.on_sale" : "office.plans.off_sale"), prices,
                ui.formats().duration(l, t.duration()), ui.formats().traffic(l, t.traffic()),
                t.deviceLimit() == 0 ? "∞" : Integer.toString(t.deviceLimit()),
                ui.t(l, t.startOnFirstUse() ? "office.plans.yes" : "office.plans.no"),
                ui.t(l, "office.plans.renewal", ui.t(l, "office.plans.mode." + t.renewal().days().name()),
                        ui.t(l, "office.plans.mode." + t.renewal().traffic().name())),
                Texts.escape(String.join(", ", plan.servers().stream().map(s -> s.value()).sorted().toList())
                        + (plan.serverGroups().isEmpty() ? "" : " · " + String.join(", ", plan.serverGroups().stream()
                                .sorted().map(g -> "group:" + g).toList()))),
                Integer.toString(plan.position()));
        String packs = plan.trafficPacks().isEmpty() ? ui.t(l, "office.plans.packs_none") : plan.trafficPacks().stream()
                .map(pack -> ui.formats().traffic(l, pack.traffic()) + " · " + pack.prices().values().stream()
                        .map(m -> ui.formats().money(l, m)).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        text = text + "\n" + ui.t(l, "office.plans.packs_line", Texts.escape(packs)) + "\n"
                + ui.t(l, plan.allLocations() ? "office.plans.all_locations_on" : "office.plans.all_locations_off");
        return notice == null ? text : notice + "\n\n" + text;
    }

    private Keyboard keyboard(Language l, Plan plan) {
        String id = plan.id().value();
        return OfficeScreen.backToOffice(ui, l, Keyboard.builder()
                .row(ui.button(l, plan.active() ? "office.plans.take_off" : "office.plans.put_on", CallbackData.of(id(), "s", id)))
                .row(ui.button(l, "office.plans.edit_name", CallbackData.of(id(), "e", id, "name")),
                        ui.button(l, "office.plans.edit_price", CallbackData.of(id(), "e", id, "price")))
                .row(ui.button(l, "office.plans.edit_days", CallbackData.of(id(), "e", id, "days")),
                        ui.button(l, "office.plans.edit_traffic", CallbackData.of(id(), "e", id, "traffic")),
                        ui.button(l, "office.plans.edit_devices", CallbackData.of(id(), "e", id, "devices")))
                .row(ui.button(l, "office.plans.first_use", CallbackData.of(id(), "f", id)),
                        ui.button(l, "office.plans.copy", CallbackData.of(id(), "e", id, "copy")))
                .row(Button.tap(ui.t(l, "office.plans.renew_days", ui.t(l, "office.plans.mode." + plan.terms().renewal().days().name())),
                                CallbackData.of(id(), "rd", id, flip(plan.terms().renewal().days()).name())),
                        Button.tap(ui.t(l, "office.plans.renew_traffic",
                                ui.t(l, "office.plans.mode." + plan.terms().renewal().traffic().name())),
                                CallbackData.of(id(), "rt", id, flip(plan.terms().renewal().traffic()).name())))
                .row(ui.button(l, "office.plans.edit_servers", CallbackData.of(id(), "e", id, "servers")),
                        ui.button(l, "office.plans.edit_position", CallbackData.of(id(), "e", id, "position")))
                .row(ui.button(l, "office.plans.edit_packs", CallbackData.of(id(), "e", id, "packs")),
                        ui.button(l, plan.allLocations() ? "office.plans.one_location" : "office.plans.every_location",
                                CallbackData.of(id(), "al", id, plan.allLocations() ? "0" : "1")))
                .row(ui.button(l, "office.plans.all", CallbackData.of(id())))).build();
    }

    private Reply saved(Session session, Plan plan, SavePlanUseCase.Command command) {
        Language l = session.language();
        SavePlanUseCase.Result result = save.save(command);
        if (result instanceof SavePlanUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed"));
                case INVALID_PLAN -> Reply.alert(ui.t(l, "office.plans.invalid",
                        refused.detail() == null ? "" : Texts.truncate(refused.detail(), 120)));
                case ID_TAKEN -> Reply.alert(ui.t(l, "office.plans.taken"));
            };
        }
        Optional<Plan> after = plans.list(new ListAllPlansUseCase.Command(session.user())) instanceof ListAllPlansUseCase.Plans all
                ? find(all.plans(), command.terms().plan().value()) : Optional.empty();
        Plan shown = after.orElse(plan);
        String notice = ui.t(l, ((SavePlanUseCase.Saved) result).created() ? "office.plans.created" : "office.plans.saved");
        return Reply.edit(card(l, shown, notice), keyboard(l, shown)).withToast(ui.t(l, "office.staff.saved"));
    }

    private Optional<SavePlanUseCase.Command> parse(Session session, Plan plan, String field, String text) {
        try {
            return switch (field) {
                case "name" -> text.isEmpty() || text.length() > 64 ? Optional.empty()
                        : Optional.of(with(session, plan, text, null, null, plan.active()));
                case "price" -> price(plan, text).map(prices -> with(session, plan, null, null, prices, plan.active()));
                case "days" -> number(text, 1, 3650).map(days -> with(session, plan, null,
                        terms(plan, Duration.ofDays(days), null, null, null), null, plan.active()));
                case "traffic" -> number(text, 0, 100_000).map(gib -> with(session, plan, null,
                        terms(plan, null, DataSize.ofGibibytes(gib), null, null), null, plan.active()));
                case "devices" -> number(text, 0, 100).map(devices -> with(session, plan, null,
                        terms(plan, null, null, devices.intValue(), null), null, plan.active()));
                case "copy" -> copy(session, plan, text);
                case "servers" -> places(session, plan, text);
                case "packs" -> packs(text).map(packs -> new SavePlanUseCase.Command(session.user(), plan.name(),
                        plan.terms(), plan.prices(), plan.servers(), plan.serverGroups(), plan.active(), null, packs, null));
                case "position" -> number(text, 0, Plan.MAX_POSITION).map(position -> new SavePlanUseCase.Command(
                        session.user(), plan.name(), plan.terms(), plan.prices(), plan.servers(), plan.serverGroups(),
                        plan.active(), position.intValue()));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    private Optional<SavePlanUseCase.Command> copy(Session session, Plan plan, String text) {
        String[] parts = text.split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank() || parts[1].length() > 64) {
            return Optional.empty();
        }
        PlanId id = new PlanId(parts[0].toLowerCase(Locale.ROOT));
        PlanTerms t = plan.terms();
        return Optional.of(new SavePlanUseCase.Command(session.user(), parts[1].strip(),
                new PlanTerms(id, t.duration(), t.traffic(), t.deviceLimit(), t.startOnFirstUse(), t.renewal()),
                plan.prices(), plan.servers(), plan.serverGroups(), false, null, plan.trafficPacks(), plan.allLocations(), true));
    }

    /**
     * "50 USD 2.00 XTR 100; 100 USD 3.50": each pack is its traffic in GB and one or more prices, packs separated by
     * ';' or new lines; "-" sells none.
     */
    static Optional<List<TrafficPack>> packs(String text) {
        if (text.equals("-")) {
            return Optional.of(List.of());
        }
        List<TrafficPack> packs = new java.util.ArrayList<>();
        for (String line : text.toUpperCase(Locale.ROOT).split("[;\\n]+")) {
            String[] parts = line.strip().split("\\s+");
            if (line.isBlank()) {
                continue;
            }
            if (parts.length < 3 || parts.length % 2 == 0) {
                return Optional.empty();
            }
            Optional<Long> gib = number(parts[0], 1, 100_000);
            Map<Currency, Money> prices = new EnumMap<>(Currency.class);
            for (int i = 1; i + 1 < parts.length; i += 2) {
                Currency currency = Currency.valueOf(parts[i]);
                BigDecimal major = new BigDecimal(parts[i + 1].replace(',', '.'));
                if (major.scale() > currency.fractionDigits() || major.signum() <= 0 || prices.containsKey(currency)) {
                    return Optional.empty();
                }
                prices.put(currency, Money.ofMajor(major, currency));
            }
            if (gib.isEmpty()) {
                return Optional.empty();
            }
            packs.add(new TrafficPack(DataSize.ofGibibytes(gib.get()), prices));
        }
        return packs.isEmpty() || packs.size() > MAX_PACKS ? Optional.empty() : Optional.of(packs);
    }

    /** "de-1 nl-2 group:europe": servers by id and groups with "group:", at least one of either. */
    private static Optional<SavePlanUseCase.Command> places(Session session, Plan plan, String text) {
        Set<ServerId> servers = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String item : text.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.startsWith("group:")) {
                String group = item.substring("group:".length());
                if (!group.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
                    return Optional.empty();
                }
                groups.add(group);
            } else {
                servers.add(new ServerId(item));
            }
        }
        if (servers.isEmpty() && groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SavePlanUseCase.Command(session.user(), plan.name(), plan.terms(), plan.prices(), servers,
                groups, plan.active()));
    }

    /** The plan's terms with one half of the renewal policy set to {@code mode} (a button names the mode it sets, so a
     * second press of the same button changes nothing). */
    private static PlanTerms renewal(Plan plan, boolean days, RenewalPolicy.Mode mode) {
        PlanTerms t = plan.terms();
        RenewalPolicy r = t.renewal();
        RenewalPolicy set = days ? new RenewalPolicy(mode, r.traffic()) : new RenewalPolicy(r.days(), mode);
        return new PlanTerms(t.plan(), t.duration(), t.traffic(), t.deviceLimit(), t.startOnFirstUse(), set);
    }

    private static Optional<RenewalPolicy.Mode> mode(String name) {
        return java.util.Arrays.stream(RenewalPolicy.Mode.values()).filter(m -> m.name().equals(name)).findFirst();
    }

    private static RenewalPolicy.Mode flip(RenewalPolicy.Mode mode) {
        return mode == RenewalPolicy.Mode.STACK ? RenewalPolicy.Mode.RESET : RenewalPolicy.Mode.STACK;
    }

    private static SavePlanUseCase.Command with(Session session, Plan plan, String name, PlanTerms terms,
                                                Map<Currency, Money> prices, boolean active) {
        return new SavePlanUseCase.Command(session.user(), name == null ? plan.name() : name, terms == null ? plan.terms() : terms,
                prices == null ? plan.prices() : prices, plan.servers(), plan.serverGroups(), active);
    }

    private static PlanTerms terms(Plan plan, Duration duration, DataSize traffic, Integer devices, Boolean firstUse) {
        PlanTerms t = plan.terms();
        return new PlanTerms(t.plan(), duration == null ? t.duration() : duration, traffic == null ? t.traffic() : traffic,
                devices == null ? t.deviceLimit() : devices, firstUse == null ? t.startOnFirstUse() : firstUse, t.renewal());
    }

    private static Optional<Map<Currency, Money>> price(Plan plan, String text) {
        String[] parts = text.toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Currency currency = Currency.valueOf(parts[0]);
        Map<Currency, Money> prices = new EnumMap<>(Currency.class);
        prices.putAll(plan.prices());
        if (parts[1].equals("-")) {
            prices.remove(currency);
            return Optional.of(prices);
        }
        BigDecimal major = new BigDecimal(parts[1].replace(',', '.'));
        if (major.scale() > currency.fractionDigits() || major.signum() <= 0) {
            return Optional.empty();
        }
        prices.put(currency, Money.ofMajor(major, currency));
        return Optional.of(prices);
    }

    private static Optional<Long> number(String text, long min, long max) {
        if (!text.matches("[0-9]{1,7}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(text);
        return value >= min && value <= max ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Plan> find(List<Plan> plans, String id) {
        return plans.stream().filter(p -> p.id().value().equals(id)).findFirst();
    }
}
