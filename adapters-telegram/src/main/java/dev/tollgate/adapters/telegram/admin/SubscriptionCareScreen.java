package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.ResetTrafficUseCase;
import dev.tollgate.application.port.in.ShowSubscriptionUseCase;
import dev.tollgate.application.port.in.SuspendAccessUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One subscription in the back office (from the customer card): add days (7, 30, 90 or typed) or traffic (typed GB),
 * reset its traffic, suspend or resume it, and a way to revoke it. Every change is confirmed first: the pending change
 * lives in the conversation and the confirm button takes it out, so a second press of "Confirm" finds nothing to do.
 * Each use case checks the presser's role again.
 */
public final class SubscriptionCareScreen implements Screen {

    static final String DAYS_STEP = "usub.days";
    static final String GB_STEP = "usub.gb";
    static final String CONFIRM_STEP = "usub.confirm";
    static final int MAX_DAYS = 3650;
    static final int MAX_GB = 10_000;
    private static final Duration TYPING = Duration.ofMinutes(10);

    /** The use cases this screen drives. */
    public record UseCases(ShowSubscriptionUseCase show, ExtendAccessUseCase extend, SuspendAccessUseCase suspend,
                           ResetTrafficUseCase reset) {
    }

    private final Ui ui;
    private final UseCases u;

    public SubscriptionCareScreen(Ui ui, UseCases useCases) {
        this.ui = ui;
        this.u = useCases;
    }

    @Override
    public String id() {
        return "usub";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("");
        if (verb.equals("ok")) {
            return confirmed(session);
        }
        Optional<SubscriptionId> id = data.arg(1).flatMap(SubscriptionCareScreen::subscriptionId);
        if (id.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        ShowSubscriptionUseCase.Result shown = u.show().show(new ShowSubscriptionUseCase.Command(session.user(), id.get()));
        if (shown instanceof ShowSubscriptionUseCase.Refused refused) {
            return Reply.alert(ui.t(l, refused.reason() == ShowSubscriptionUseCase.Reason.NOT_STAFF
                    ? "admin.not_allowed" : "office.care.unknown"));
        }
        Subscription s = ((ShowSubscriptionUseCase.Shown) shown).subscription();
        String shortId = Texts.shortId(s.id().value());
        return switch (verb) {
            case "v" -> view(session, s, null).then(new Reply.EndConversation());
            case "d" -> data.arg(2).flatMap(n -> number(n, MAX_DAYS))
                    .map(days -> confirm(session, s, "days", days, ui.t(l, "office.care.confirm_days", days, shortId)))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            case "dt" -> ask(session, s, DAYS_STEP, "office.care.ask_days");
            case "gt" -> s.quota().isZero() ? Reply.alert(ui.t(l, "office.care.unlimited"))
                    : ask(session, s, GB_STEP, "office.care.ask_gb");
            case "z" -> confirm(session, s, "reset", 0, ui.t(l, "office.care.confirm_reset", shortId));
            case "s" -> confirm(session, s, "suspend", 0, ui.t(l, "office.care.confirm_suspend", shortId));
            case "u" -> resume(session, s);
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        String step = session.conversation().map(c -> c.step()).orElse("");
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        Optional<SubscriptionId> id = Optional.ofNullable(values.get("sub")).flatMap(SubscriptionCareScreen::subscriptionId);
        if (id.isEmpty() || !(step.equals(DAYS_STEP) || step.equals(GB_STEP))) {
            return Reply.send(ui.t(l, "office.care.unknown"), null).then(new Reply.EndConversation());
        }
        boolean days = step.equals(DAYS_STEP);
        Optional<Integer> typed = input instanceof Inbound.Text text ? number(text.text().strip(), days ? MAX_DAYS : MAX_GB)
                : Optional.empty();
        if (typed.isEmpty()) {
            return Reply.send(ui.t(l, days ? "office.care.bad_days" : "office.care.bad_gb"), backTo(l, id.get()))
                    .then(new Reply.Converse(step, values, TYPING));
        }
        ShowSubscriptionUseCase.Result shown = u.show().show(new ShowSubscriptionUseCase.Command(session.user(), id.get()));
        if (!(shown instanceof ShowSubscriptionUseCase.Shown found)) {
            return Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
        }
        String shortId = Texts.shortId(id.get().value());
        Reply confirm = confirm(session, found.subscription(), days ? "days" : "gb", typed.get(),
                ui.t(l, days ? "office.care.confirm_days" : "office.care.confirm_gb", typed.get(), shortId));
        // The answer to typed text is a new message: there is no tapped message to edit.
        return new Reply(confirm.parts().stream().map(part -> part instanceof Reply.Message m
                ? new Reply.Message(m.html(), m.keyboard(), Reply.Mode.SEND) : part).toList(), null, false);
    }

    private Reply view(Session session, Subscription s, String notice) {
        Language l = session.language();
        String id = s.id().value().toString();
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(ui.t(l, "office.care.title", Texts.shortId(s.id().value()), Long.toString(s.owner().value()),
                ui.formats().status(l, s.status()), Texts.escape(s.server().value()),
                s.expiresAt().map(at -> ui.formats().dateTime(l, at)).orElse("—"),
                ui.formats().traffic(l, s.trafficUsed()), ui.formats().traffic(l, s.quota())));
        s.suspendedAt().ifPresent(at -> text.append('\n').append(ui.t(l, "office.care.suspended_since",
                ui.formats().dateTime(l, at))));
        Keyboard.Builder keyboard = Keyboard.builder();
        if (s.status() != SubscriptionStatus.REVOKED) {
            keyboard.row(ui.button(l, "office.care.plus_7", CallbackData.of(id(), "d", id, 7)),
                    ui.button(l, "office.care.plus_30", CallbackData.of(id(), "d", id, 30)),
                    ui.button(l, "office.care.plus_90", CallbackData.of(id(), "d", id, 90)));
            keyboard.row(ui.button(l, "office.care.other_days", CallbackData.of(id(), "dt", id)),
                    ui.button(l, "office.care.add_gb", CallbackData.of(id(), "gt", id)));
            keyboard.row(ui.button(l, "office.care.reset_button", CallbackData.of(id(), "z", id)),
                    s.status() == SubscriptionStatus.SUSPENDED
                            ? ui.button(l, "office.care.resume_button", CallbackData.of(id(), "u", id))
                            : ui.button(l, "office.care.suspend_button", CallbackData.of(id(), "s", id)));
            keyboard.row(ui.button(l, "office.care.revoke_button", CallbackData.of("users", "r", id, s.owner().value())));
        }
        keyboard.row(ui.button(l, "office.users.back_to_card", CallbackData.of("users", "c", s.owner().value())));
        return Reply.edit(text.toString(), keyboard.build());
    }

    private Reply ask(Session session, Subscription s, String step, String key) {
        Language l = session.language();
        return Reply.edit(ui.t(l, key, Texts.shortId(s.id().value())), backTo(l, s.id()))
                .then(new Reply.Converse(step, Map.of("sub", s.id().value().toString()), TYPING));
    }

    private Reply confirm(Session session, Subscription s, String op, int amount, String question) {
        Language l = session.language();
        Map<String, String> pending = Map.of("sub", s.id().value().toString(), "op", op, "n", Integer.toString(amount),
                "key", UUID.randomUUID().toString());
        return Reply.edit(question, Keyboard.builder()
                        .row(ui.button(l, "office.care.yes", CallbackData.of(id(), "ok")))
                        .row(ui.button(l, "office.care.back", CallbackData.of(id(), "v", s.id().value()))).build())
                .then(new Reply.Converse(CONFIRM_STEP, pending, TYPING));
    }

    /** Does the change waiting for confirmation, once: the conversation that held it ends here. */
    private Reply confirmed(Session session) {
        Language l = session.language();
        Map<String, String> pending = session.conversation().filter(c -> c.step().equals(CONFIRM_STEP))
                .map(c -> c.values()).orElse(Map.of());
        Optional<SubscriptionId> id = Optional.ofNullable(pending.get("sub")).flatMap(SubscriptionCareScreen::subscriptionId);
        Optional<Integer> n = Optional.ofNullable(pending.get("n")).flatMap(v -> number(v, Math.max(MAX_DAYS, MAX_GB)));
        if (id.isEmpty() || pending.get("op") == null) {
            return Reply.nothing().withToast(ui.t(l, "office.users.adjust_nothing"));
        }
        Said said = switch (pending.get("op")) {
            case "days", "gb" -> extend(session, id.get(), pending.get("op").equals("days"), n.orElse(0));
            case "reset" -> reset(session, id.get());
            case "suspend" -> suspend(session, id.get());
            default -> Said.refused(ui.t(l, "button.invalid"));
        };
        if (said.refused()) {
            return Reply.alert(said.text()).then(new Reply.EndConversation());
        }
        return refreshed(session, id.get(), said.text()).then(new Reply.EndConversation()).withToast(ui.t(l, "office.staff.saved"));
    }

    /** What a change came to: a notice above the subscription, or a refusal to pop up. */
    private record Said(String text, boolean refused) {
        static Said done(String text) {
            return new Said(text, false);
        }

        static Said refused(String text) {
            return new Said(text, true);
        }
    }

    private Said extend(Session session, SubscriptionId id, boolean days, int amount) {
        Language l = session.language();
        if (amount < 1) {
            return Said.refused(ui.t(l, "button.invalid"));
        }
        ExtendAccessUseCase.Result result = u.extend().extend(new ExtendAccessUseCase.Command(session.user(), id,
                days ? Duration.ofDays(amount) : Duration.ZERO, days ? DataSize.ZERO : DataSize.ofGibibytes(amount)));
        if (result instanceof ExtendAccessUseCase.Refused refused) {
            return Said.refused(ui.t(l, switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case UNKNOWN_SUBSCRIPTION -> "office.care.unknown";
                case REVOKED -> "office.users.already_revoked";
            }));
        }
        return Said.done(ui.t(l, days ? "office.care.extended_days" : "office.care.extended_gb", amount));
    }

    private Said reset(Session session, SubscriptionId id) {
        Language l = session.language();
        ResetTrafficUseCase.Result result = u.reset().reset(new ResetTrafficUseCase.Command(session.user(), id));
        if (result instanceof ResetTrafficUseCase.Refused refused) {
            return Said.refused(ui.t(l, switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case UNKNOWN_SUBSCRIPTION -> "office.care.unknown";
                case NOT_RESETTABLE -> "office.care.not_resettable";
                case PANEL_UNAVAILABLE -> "office.users.panel_down";
            }));
        }
        return Said.done(ui.t(l, ((ResetTrafficUseCase.Reset) result).reactivated() ? "office.care.reset_reactivated"
                : "office.care.reset"));
    }

    private Said suspend(Session session, SubscriptionId id) {
        return suspension(session, id, true);
    }

    private Reply resume(Session session, Subscription s) {
        Language l = session.language();
        Said said = suspension(session, s.id(), false);
        if (said.refused()) {
            return Reply.alert(said.text());
        }
        return refreshed(session, s.id(), said.text()).then(new Reply.EndConversation()).withToast(ui.t(l, "office.staff.saved"));
    }

    private Said suspension(Session session, SubscriptionId id, boolean suspend) {
        Language l = session.language();
        SuspendAccessUseCase.Result result = u.suspend().change(new SuspendAccessUseCase.Command(session.user(), id, suspend));
        if (result instanceof SuspendAccessUseCase.Changed changed) {
            return Said.done(changed.suspended() ? ui.t(l, "office.care.suspended")
                    : ui.t(l, "office.care.resumed", changed.expiresAt() == null ? "—"
                            : ui.formats().dateTime(l, changed.expiresAt())));
        }
        if (result instanceof SuspendAccessUseCase.Unchanged unchanged) {
            return Said.done(ui.t(l, unchanged.suspended() ? "office.care.already_suspended" : "office.care.not_suspended"));
        }
        return Said.refused(ui.t(l, switch (((SuspendAccessUseCase.Refused) result).reason()) {
            case NOT_AN_ADMIN -> "admin.not_allowed";
            case UNKNOWN_SUBSCRIPTION -> "office.care.unknown";
            case NOT_SUSPENDABLE -> "office.care.not_suspendable";
            case PANEL_UNAVAILABLE -> "office.users.panel_down";
        }));
    }

    private Reply refreshed(Session session, SubscriptionId id, String notice) {
        ShowSubscriptionUseCase.Result shown = u.show().show(new ShowSubscriptionUseCase.Command(session.user(), id));
        if (shown instanceof ShowSubscriptionUseCase.Shown found) {
            return view(session, found.subscription(), notice);
        }
        return Reply.edit(notice, null);
    }

    private Keyboard backTo(Language l, SubscriptionId id) {
        return Keyboard.builder().row(ui.button(l, "office.care.back", CallbackData.of(id(), "v", id.value()))).build();
    }

    private static Optional<Integer> number(String text, int max) {
        if (text == null || !text.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= max ? Optional.of(value) : Optional.empty();
    }

    static Optional<SubscriptionId> subscriptionId(String text) {
        try {
            return text.length() == 36 ? Optional.of(new SubscriptionId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
