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
import dev.tollgate.application.port.in.ChangeShopSettingUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.ShowShopSettingsUseCase;
import dev.tollgate.application.port.out.ShopSetting;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shop settings for admins: every setting with the value in effect (✏️ when the bot's value wins over the
 * configuration), a card per setting with the configuration's default, a typed new value (checked by the use case,
 * which says no with the setting's rule) and "reset to default". Changes apply without a restart.
 */
public final class SettingsScreen implements Screen {

    private static final String VALUE_STEP = "sets.v";
    private static final Duration TYPING = Duration.ofMinutes(15);
    private static final int PREVIEW = 28;

    private final Ui ui;
    private final ShowShopSettingsUseCase show;
    private final ChangeShopSettingUseCase change;
    private final ListPlansUseCase plans;
    private final Supplier<Optional<Currency>> cardPayments;

    public SettingsScreen(Ui ui, ShowShopSettingsUseCase show, ChangeShopSettingUseCase change) {
        this(ui, show, change, List::of, Optional::empty);
    }

    /**
     * {@code cardPayments}: the currency of card payments while they are on (a card number is in effect), which the
     * list and the card settings show, warning when no plan on sale has a price in it.
     */
    public SettingsScreen(Ui ui, ShowShopSettingsUseCase show, ChangeShopSettingUseCase change, ListPlansUseCase plans,
                          Supplier<Optional<Currency>> cardPayments) {
        this.ui = ui;
        this.show = show;
        this.change = change;
        this.plans = plans;
        this.cardPayments = cardPayments;
    }

    @Override
    public String id() {
        return "sets";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        if (!(show.show(new ShowShopSettingsUseCase.Command(session.user())) instanceof ShowShopSettingsUseCase.Settings all)) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        String verb = data.arg(0).orElse("");
        if (verb.isEmpty()) {
            return list(l, all);
        }
        Optional<ShopSetting> setting = data.arg(1).flatMap(ShopSetting::ofKey);
        if (setting.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        return switch (verb) {
            case "v" -> Reply.edit(card(l, all.row(setting.get()), null), cardKeyboard(l, all.row(setting.get())))
                    .then(new Reply.EndConversation());
            case "e" -> Reply.edit(ui.t(l, "sets.ask." + setting.get().key(), name(l, setting.get())),
                            Keyboard.builder().row(ui.button(l, "sets.back", CallbackData.of(id(), "v", setting.get().key())))
                                    .build())
                    .then(new Reply.Converse(VALUE_STEP, Map.of("k", setting.get().key()), TYPING));
            case "r" -> reset(session, setting.get());
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        Optional<ShopSetting> setting = session.conversation().flatMap(c -> c.value("k")).flatMap(ShopSetting::ofKey);
        if (setting.isEmpty()) {
            return Reply.send(ui.t(l, "srv.add.expired"), null).then(new Reply.EndConversation());
        }
        String text = input instanceof Inbound.Text t ? t.text() : "";
        ChangeShopSettingUseCase.Result result = change.change(ChangeShopSettingUseCase.Command.set(session.user(),
                setting.get(), text));
        if (result instanceof ChangeShopSettingUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_AN_ADMIN -> Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
                case INVALID -> Reply.send(ui.t(l, "sets.bad." + setting.get().key()), back(l, setting.get()))
                        .then(new Reply.Converse(VALUE_STEP, Map.of("k", setting.get().key()), TYPING));
                case UNCHANGED -> shown(session, setting.get(), ui.t(l, "sets.unchanged"), Reply.Mode.SEND);
            };
        }
        ChangeShopSettingUseCase.Changed changed = (ChangeShopSettingUseCase.Changed) result;
        return shown(session, setting.get(), ui.t(l, "sets.saved", shown(l, setting.get(), changed.before(), true),
                shown(l, setting.get(), changed.after(), true)), Reply.Mode.SEND);
    }

    private Reply reset(Session session, ShopSetting setting) {
        Language l = session.language();
        ChangeShopSettingUseCase.Result result = change.change(ChangeShopSettingUseCase.Command.reset(session.user(), setting));
        if (result instanceof ChangeShopSettingUseCase.Refused refused) {
            return refused.reason() == ChangeShopSettingUseCase.Reason.NOT_AN_ADMIN
                    ? Reply.alert(ui.t(l, "admin.not_allowed")) : Reply.nothing().withToast(ui.t(l, "sets.reset.already"));
        }
        return shown(session, setting, ui.t(l, "sets.reset.done"), Reply.Mode.EDIT).withToast(ui.t(l, "srv.edit.saved.toast"));
    }

    private Reply shown(Session session, ShopSetting setting, String notice, Reply.Mode mode) {
        Language l = session.language();
        if (!(show.show(new ShowShopSettingsUseCase.Command(session.user())) instanceof ShowShopSettingsUseCase.Settings all)) {
            return Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
        }
        ShowShopSettingsUseCase.Row row = all.row(setting);
        return Reply.of(new Reply.Message(card(l, row, notice), cardKeyboard(l, row), mode)).then(new Reply.EndConversation());
    }

    private Reply list(Language l, ShowShopSettingsUseCase.Settings all) {
        Keyboard.Builder keyboard = Keyboard.builder();
        for (ShowShopSettingsUseCase.Row row : all.rows()) {
            keyboard.row(Button.tap(ui.t(l, "sets.row", name(l, row.setting()), raw(l, row.setting(), row.value(), false),
                    row.stored() ? " ✏️" : ""), CallbackData.of(id(), "v", row.setting().key())));
        }
        return Reply.edit(ui.t(l, "sets.title") + "\n\n" + cardPayments(l), OfficeScreen.backToOffice(ui, l, keyboard).build())
                .then(new Reply.EndConversation());
    }

    private String card(Language l, ShowShopSettingsUseCase.Row row, String notice) {
        String text = ui.t(l, "sets.card", name(l, row.setting()), shown(l, row.setting(), row.value(), true),
                shown(l, row.setting(), row.configured(), true),
                ui.t(l, row.stored() ? "sets.card.stored" : "sets.card.configured"));
        if (row.setting() == ShopSetting.CARD_NUMBER || row.setting() == ShopSetting.CARD_CURRENCY) {
            text = text + "\n\n" + cardPayments(l);
        }
        return notice == null ? text : notice + "\n\n" + text;
    }

    /** Whether card payments are on and in which currency, with a warning when no plan on sale can be paid in it. */
    private String cardPayments(Language l) {
        Optional<Currency> currency = cardPayments.get();
        if (currency.isEmpty()) {
            return ui.t(l, "sets.card_payments.off");
        }
        String on = ui.t(l, "sets.card_payments.on", currency.get().name());
        boolean priced = plans.listOnSale().stream().anyMatch(plan -> plan.priceIn(currency.get()).isPresent());
        return priced ? on : on + "\n" + ui.t(l, "sets.card_payments.no_plan", currency.get().name());
    }

    private Keyboard cardKeyboard(Language l, ShowShopSettingsUseCase.Row row) {
        Keyboard.Builder keyboard = Keyboard.builder()
                .row(ui.button(l, "sets.change", CallbackData.of(id(), "e", row.setting().key())));
        if (row.stored()) {
            keyboard.row(ui.button(l, "sets.reset", CallbackData.of(id(), "r", row.setting().key())));
        }
        return keyboard.row(ui.button(l, "sets.all", CallbackData.of(id()))).build();
    }

    private Keyboard back(Language l, ShopSetting setting) {
        return Keyboard.builder().row(ui.button(l, "sets.back", CallbackData.of(id(), "v", setting.key()))).build();
    }

    private String name(Language l, ShopSetting setting) {
        return ui.t(l, "sets.name." + setting.key());
    }

    /** A canonical value as people read it, HTML-escaped; long texts are cut unless {@code full}. */
    private String shown(Language l, ShopSetting setting, String value, boolean full) {
        return Texts.escape(raw(l, setting, value, full));
    }

    /** The same as plain text, for a button. */
    private String raw(Language l, ShopSetting setting, String value, boolean full) {
        if (value == null || value.isEmpty()) {
            return ui.t(l, setting == ShopSetting.REMINDERS ? "sets.reminders.off" : "sets.none");
        }
        try {
            return switch (setting) {
                case TRIAL_DURATION -> ui.formats().duration(l, Duration.parse(value));
                case TRIAL_TRAFFIC -> ui.formats().traffic(l, DataSize.ofBytes(Long.parseLong(value)));
                case REFERRAL_PERCENT -> value + "%";
                case SUPPORT -> "@" + value;
                case REMINDERS -> value.replace(",", ", ");
                default -> {
                    String line = full ? value : value.replace('\n', ' ');
                    yield full || line.length() <= PREVIEW ? line : line.substring(0, PREVIEW) + "…";
                }
            };
        } catch (RuntimeException unreadable) {
            return value;
        }
    }
}
