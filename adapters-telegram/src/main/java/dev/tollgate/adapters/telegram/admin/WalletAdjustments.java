package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wallet adjustment of the user card: the admin types "+5 USD reason" (or "-"), confirms, and the ledger gets one
 * line, once per confirmation (the request key makes a double tap harmless). The use case checks the role again.
 */
final class WalletAdjustments {

    /** Shows the user card again, with a notice above it. */
    interface CardView {
        Reply show(Session session, TelegramUserId customer, String notice);
    }

    static final String WALLET_STEP = "users.wallet";
    static final String CONFIRM_STEP = "users.confirm";
    private static final Duration TYPING = Duration.ofMinutes(10);
    private static final Pattern ADJUSTMENT = Pattern.compile("([+-])\\s*([0-9]{1,9}(?:[.,][0-9]{1,2})?)\\s*([A-Za-z]{3,4})\\s+(.+)",
            Pattern.DOTALL);

    private final Ui ui;
    private final String screen;
    private final ShowCustomerCardUseCase cards;
    private final AdjustWalletUseCase wallet;
    private final CardView cardView;

    WalletAdjustments(Ui ui, String screen, ShowCustomerCardUseCase cards, AdjustWalletUseCase wallet, CardView cardView) {
        this.ui = ui;
        this.screen = screen;
        this.cards = cards;
        this.wallet = wallet;
        this.cardView = cardView;
    }

    Reply ask(Session session, TelegramUserId customer) {
        Language l = session.language();
        if (cards.show(new ShowCustomerCardUseCase.Command(session.user(), customer)) instanceof ShowCustomerCardUseCase.Refused) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        return Reply.edit(ui.t(l, "office.users.adjust_ask", Long.toString(customer.value())), cardButton(l, customer))
                .then(new Reply.Converse(WALLET_STEP, Map.of("user", Long.toString(customer.value())), TYPING));
    }

    Reply typed(Session session, String typed) {
        Language l = session.language();
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        Optional<TelegramUserId> customer = Optional.ofNullable(values.get("user")).flatMap(StaffScreen::parseId);
        if (customer.isEmpty()) {
            return Reply.send(ui.t(l, "office.users.ask"), back(l)).then(new Reply.Converse(UsersScreen.QUERY_STEP, Map.of(), TYPING));
        }
        Matcher m = ADJUSTMENT.matcher(typed.strip());
        Optional<Currency> currency = m.matches() ? currency(m.group(3)) : Optional.empty();
        Optional<Money> amount = currency.flatMap(c -> amount(m.group(2), c));
        if (amount.isEmpty()) {
            return Reply.send(ui.t(l, "office.users.adjust_bad"), cardButton(l, customer.get()))
                    .then(new Reply.Converse(WALLET_STEP, values, TYPING));
        }
        boolean credit = m.group(1).equals("+");
        String reason = Texts.truncate(m.group(4).strip(), AdjustWalletUseCase.MAX_REASON);
        Map<String, String> confirm = Map.of("user", values.get("user"), "amount", Long.toString(amount.get().minorUnits()),
                "currency", amount.get().currency().name(), "credit", Boolean.toString(credit), "reason", reason,
                "key", UUID.randomUUID().toString());
        return Reply.send(ui.t(l, credit ? "office.users.adjust_credit" : "office.users.adjust_debit",
                        ui.formats().money(l, amount.get()), values.get("user"), Texts.escape(reason)),
                Keyboard.builder().row(ui.button(l, "office.users.adjust_yes", CallbackData.of(screen, "wok")),
                        ui.button(l, "office.users.back_to_card", CallbackData.of(screen, "c", values.get("user")))).build())
                .then(new Reply.Converse(CONFIRM_STEP, confirm, TYPING));
    }

    Reply confirm(Session session) {
        Language l = session.language();
        Map<String, String> v = session.conversation().filter(c -> c.step().equals(CONFIRM_STEP)).map(c -> c.values())
                .orElse(Map.of());
        Optional<TelegramUserId> customer = Optional.ofNullable(v.get("user")).flatMap(StaffScreen::parseId);
        Optional<Currency> currency = Optional.ofNullable(v.get("currency")).flatMap(WalletAdjustments::currency);
        if (customer.isEmpty() || currency.isEmpty() || v.get("key") == null || !String.valueOf(v.get("amount")).matches("[0-9]{1,12}")) {
            return Reply.nothing().withToast(ui.t(l, "office.users.adjust_nothing"));
        }
        AdjustWalletUseCase.Result result = wallet.adjust(new AdjustWalletUseCase.Command(session.user(), customer.get(),
                Money.of(Long.parseLong(v.get("amount")), currency.get()), Boolean.parseBoolean(v.get("credit")),
                v.getOrDefault("reason", ""), v.get("key")));
        if (result instanceof AdjustWalletUseCase.Adjusted adjusted) {
            return cardView.show(session, customer.get(), ui.t(l, "office.users.adjusted",
                    ui.formats().money(l, adjusted.balanceAfter()))).then(new Reply.EndConversation())
                    .withToast(ui.t(l, "office.staff.saved"));
        }
        AdjustWalletUseCase.Refused refused = (AdjustWalletUseCase.Refused) result;
        String key = switch (refused.reason()) {
            case NOT_AN_ADMIN -> "admin.not_allowed";
            case UNKNOWN_CUSTOMER -> "office.users.unknown";
            case NOT_POSITIVE, NO_REASON -> "office.users.adjust_bad";
            case INSUFFICIENT_BALANCE -> "office.users.adjust_short";
            case ALREADY_DONE -> "office.users.adjust_done";
        };
        return Reply.alert(ui.t(l, key)).then(new Reply.EndConversation());
    }

    private Keyboard cardButton(Language l, TelegramUserId customer) {
        return Keyboard.builder().row(ui.button(l, "office.users.back_to_card", CallbackData.of(screen, "c", customer.value())))
                .build();
    }

    private Keyboard back(Language l) {
        return OfficeScreen.backToOffice(ui, l, Keyboard.builder()).build();
    }

    private static Optional<Currency> currency(String code) {
        return Currency.byCode(code.toUpperCase(Locale.ROOT));
    }

    private static Optional<Money> amount(String typed, Currency currency) {
        BigDecimal major = new BigDecimal(typed.replace(',', '.'));
        if (major.scale() > currency.fractionDigits()) {
            return Optional.empty();
        }
        Money amount = Money.ofMajor(major, currency);
        return amount.isPositive() ? Optional.of(amount) : Optional.empty();
    }
}
