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
import dev.tollgate.application.port.in.ListDiscountCodesUseCase;
import dev.tollgate.application.port.in.SaveDiscountCodeUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.discount.DiscountCode;
import dev.tollgate.domain.discount.DiscountKind;
import dev.tollgate.domain.discount.PromoCode;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promo codes for admins: every code with its uses (paged), a card per code, disable, and a new code typed on one
 * line (<code>SPRING 20% 100 30</code>: code, percent or amount and currency, uses, days valid), optionally followed by
 * <code>plans=month,quarter</code> (only those plans) and <code>peruser=2</code> (uses per customer; once by default).
 */
public final class PromosScreen implements Screen {

    static final int PAGE = 8;
    private static final String NEW_STEP = "promo.new";
    private static final Duration TYPING = Duration.ofMinutes(10);
    private static final Pattern NEW_CODE = Pattern.compile(
            "(\\S+)\\s+(?:([0-9]{1,2})%|([0-9]{1,9}(?:[.,][0-9]{1,2})?)\\s*([A-Za-z]{3,4}))\\s+([0-9]{1,7})\\s+([0-9]{1,4})((?:\\s+[a-z]+=\\S+)*)");
    private static final Pattern OPTION = Pattern.compile("(plans)=([a-z0-9][a-z0-9_-]{0,39}(?:,[a-z0-9][a-z0-9_-]{0,39}){0,19})|(peruser)=([0-9]{1,4})");

    private final Ui ui;
    private final ListDiscountCodesUseCase list;
    private final SaveDiscountCodeUseCase save;

    public PromosScreen(Ui ui, ListDiscountCodesUseCase list, SaveDiscountCodeUseCase save) {
        this.ui = ui;
        this.list = list;
        this.save = save;
    }

    @Override
    public String id() {
        return "promo";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(list.list(new ListDiscountCodesUseCase.Command(session.user())) instanceof ListDiscountCodesUseCase.Codes all)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("0");
        if (verb.matches("[0-9]{1,6}")) {
            return page(session, all.codes(), data);
        }
        if (verb.equals("new")) {
            return Reply.edit(ui.t(l, "office.promos.ask") + "\n" + ui.t(l, "promo.admin.options"), back(l))
                    .then(new Reply.Converse(NEW_STEP, Map.of(), TYPING));
        }
        Optional<DiscountCode> code = data.arg(1).flatMap(c -> all.codes().stream()
                .filter(d -> d.code().value().equals(c)).findFirst());
        if (code.isEmpty()) {
            return Reply.alert(ui.t(l, "office.promos.unknown"));
        }
        return switch (verb) {
            case "v" -> Reply.edit(card(session, code.get(), null), cardKeyboard(l, code.get()));
            case "x" -> disable(session, code.get());
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Matcher m = input instanceof Inbound.Text text ? NEW_CODE.matcher(text.text().strip()) : null;
        if (m == null || !m.matches()) {
            return Reply.send(ui.t(l, "office.promos.bad"), back(l)).then(new Reply.Converse(NEW_STEP, Map.of(), TYPING));
        }
        SaveDiscountCodeUseCase.Command command;
        try {
            PromoCode code = new PromoCode(m.group(1));
            int uses = Integer.parseInt(m.group(5));
            java.time.Instant from = session.now();
            java.time.Instant until = from.plus(Duration.ofDays(Long.parseLong(m.group(6))));
            if (m.group(2) != null) {
                command = new SaveDiscountCodeUseCase.Command(session.user(), code, DiscountKind.PERCENT,
                        Integer.parseInt(m.group(2)), null, from, until, uses, false);
            } else {
                Currency currency = Currency.valueOf(m.group(4).toUpperCase(Locale.ROOT));
                BigDecimal major = new BigDecimal(m.group(3).replace(',', '.'));
                if (major.scale() > currency.fractionDigits()) {
                    throw new IllegalArgumentException("too many decimals for " + currency);
                }
                command = new SaveDiscountCodeUseCase.Command(session.user(), code, DiscountKind.FIXED_AMOUNT, 0,
                        Money.ofMajor(major, currency), from, until,
                        uses, false);
            }
            command = restricted(command, m.group(7));
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            return Reply.send(ui.t(l, "office.promos.bad") + "\n" + ui.t(l, "promo.admin.options"), back(l))
                    .then(new Reply.Converse(NEW_STEP, Map.of(), TYPING));
        }
        SaveDiscountCodeUseCase.Command saved = command;
        SaveDiscountCodeUseCase.Result result = save.save(command);
        if (result instanceof SaveDiscountCodeUseCase.Refused refused) {
            String text = switch (refused.reason()) {
                case NOT_AN_ADMIN -> ui.t(l, "admin.not_allowed");
                case INVALID_CODE -> ui.t(l, "office.promos.invalid", Texts.escape(String.valueOf(refused.detail())));
                case ALREADY_EXISTS -> ui.t(l, "office.promos.exists");
                case UNKNOWN_CODE -> ui.t(l, "office.promos.unknown");
                case UNKNOWN_PLAN -> ui.t(l, "promo.admin.unknown_plan", Texts.escape(String.valueOf(refused.detail())));
            };
            return refused.reason() == SaveDiscountCodeUseCase.Reason.NOT_AN_ADMIN
                    ? Reply.send(text, null).then(new Reply.EndConversation())
                    : Reply.send(text, back(l)).then(new Reply.Converse(NEW_STEP, Map.of(), TYPING));
        }
        Optional<DiscountCode> created = list.list(new ListDiscountCodesUseCase.Command(session.user()))
                instanceof ListDiscountCodesUseCase.Codes all ? all.codes().stream()
                .filter(d -> d.code().equals(saved.code())).findFirst() : Optional.empty();
        return created.map(code -> Reply.send(card(session, code, ui.t(l, "office.promos.created")), cardKeyboard(l, code)))
                .orElseGet(() -> Reply.send(ui.t(l, "office.promos.created"), back(l))).then(new Reply.EndConversation());
    }

    /** {@code plans=a,b} and {@code peruser=n} after the four fields; anything else is refused. */
    private static SaveDiscountCodeUseCase.Command restricted(SaveDiscountCodeUseCase.Command command, String options) {
        java.util.Set<dev.tollgate.domain.plan.PlanId> plans = java.util.Set.of();
        int perUser = 1;
        for (String option : options.strip().isEmpty() ? new String[0] : options.strip().split("\\s+")) {
            Matcher o = OPTION.matcher(option);
            if (!o.matches()) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (o.group(1) != null) {
                plans = java.util.Arrays.stream(o.group(2).split(",")).map(dev.tollgate.domain.plan.PlanId::new)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
            } else {
                perUser = Integer.parseInt(o.group(4));
            }
        }
        return command.restricted(plans, perUser);
    }

    private Reply page(Session session, List<DiscountCode> codes, CallbackData data) {
        Language l = session.language();
        int pages = Math.max(1, (codes.size() + PAGE - 1) / PAGE);
        int page = Paging.page(data, 0, pages);
        Keyboard.Builder keyboard = Keyboard.builder();
        for (DiscountCode code : codes.subList(page * PAGE, Math.min(codes.size(), page * PAGE + PAGE))) {
            keyboard.row(Button.tap(ui.t(l, "office.promos.row", code.code().value(), code.timesUsed(),
                    code.usageLimit() == 0 ? "∞" : Integer.toString(code.usageLimit()),
                    status(session, code)), CallbackData.of(id(), "v", code.code().value())));
        }
        keyboard.row(Paging.buttons(ui, l, id(), page, pages));
        keyboard.row(ui.button(l, "office.promos.new", CallbackData.of(id(), "new")));
        return Reply.edit(ui.t(l, "office.promos.title", codes.size(), page + 1, pages),
                OfficeScreen.backToOffice(ui, l, keyboard).build()).then(new Reply.EndConversation());
    }

    private String card(Session session, DiscountCode code, String notice) {
        Language l = session.language();
        String off = code.kind() == DiscountKind.PERCENT ? code.percentOff() + "%"
                : code.amountOff().map(m -> ui.formats().money(l, m)).orElse("—");
        String text = ui.t(l, "office.promos.card", Texts.code(code.code().value()), off,
                ui.formats().dateTime(l, code.validFrom()), ui.formats().dateTime(l, code.validUntil()),
                code.timesUsed(), code.usageLimit() == 0 ? "∞" : Integer.toString(code.usageLimit()), status(session, code))
                + "\n" + ui.t(l, code.usesPerUser() == 1 ? "promo.admin.limits_once" : "promo.admin.limits",
                        code.plans().isEmpty() ? ui.t(l, "promo.admin.all_plans")
                        : Texts.escape(String.join(", ", new java.util.TreeSet<>(code.plans().stream()
                                .map(dev.tollgate.domain.plan.PlanId::value).toList()))), code.usesPerUser());
        return notice == null ? text : notice + "\n\n" + text;
    }

    private String status(Session session, DiscountCode code) {
        Language l = session.language();
        if (!code.active()) {
            return ui.t(l, "office.promos.disabled");
        }
        if (session.now().isAfter(code.validUntil())) {
            return ui.t(l, "office.promos.expired");
        }
        if (code.usageLimit() > 0 && code.timesUsed() >= code.usageLimit()) {
            return ui.t(l, "office.promos.used_up");
        }
        return ui.t(l, "office.promos.active");
    }

    private Keyboard cardKeyboard(Language l, DiscountCode code) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (code.active()) {
            keyboard.row(ui.button(l, "office.promos.disable", CallbackData.of(id(), "x", code.code().value())));
        }
        return keyboard.row(ui.button(l, "office.promos.all", CallbackData.of(id()))).build();
    }

    private Reply disable(Session session, DiscountCode code) {
        Language l = session.language();
        if (!code.active()) {
            return Reply.nothing().withToast(ui.t(l, "office.promos.already_disabled"));
        }
        SaveDiscountCodeUseCase.Result result = save.save(SaveDiscountCodeUseCase.Command.deactivate(session.user(), code.code()));
        if (result instanceof SaveDiscountCodeUseCase.Refused refused) {
            return Reply.alert(ui.t(l, refused.reason() == SaveDiscountCodeUseCase.Reason.NOT_AN_ADMIN
                    ? "admin.not_allowed" : "office.promos.unknown"));
        }
        code.deactivate();
        return Reply.edit(card(session, code, ui.t(l, "office.promos.disabled_now")), cardKeyboard(l, code))
                .withToast(ui.t(l, "office.staff.saved"));
    }

    private Keyboard back(Language l) {
        return Keyboard.builder().row(ui.button(l, "office.promos.all", CallbackData.of(id()))).build();
    }
}
