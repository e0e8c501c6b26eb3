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
import dev.tollgate.application.port.in.AdjustWalletUseCase;
import dev.tollgate.application.port.in.ExtendAccessUseCase;
import dev.tollgate.application.port.in.FindCustomerUseCase;
import dev.tollgate.application.port.in.GrantAccessUseCase;
import dev.tollgate.application.port.in.ListPlansUseCase;
import dev.tollgate.application.port.in.MessageCustomerUseCase;
import dev.tollgate.application.port.in.RevokeAccessUseCase;
import dev.tollgate.application.port.in.ShowCustomerCardUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.plan.Plan;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import dev.tollgate.domain.wallet.Wallet;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Users for staff: /find (or the menu entry) looks a customer up, the card shows what the shop knows of them, and
 * admins act from it (grant a plan, +30 days, revoke, credit or debit the wallet with a reason). The buttons are
 * shown to everyone who may see the card; each use case checks the presser's role again.
 */
public final class UsersScreen implements Screen {

    static final int EXTEND_DAYS = 30;
    static final String QUERY_STEP = "users.q";
    private static final String MESSAGE_STEP = "users.message";
    private static final Duration TYPING = Duration.ofMinutes(10);

    /** The use cases this screen drives. */
    public record UseCases(FindCustomerUseCase find, ShowCustomerCardUseCase cards, ListPlansUseCase plans,
                           GrantAccessUseCase grant, ExtendAccessUseCase extend, RevokeAccessUseCase revoke,
                           AdjustWalletUseCase wallet, MessageCustomerUseCase message) {
    }

    private final Ui ui;
    private final UseCases u;
    private final WalletAdjustments adjustments;

    public UsersScreen(Ui ui, UseCases useCases) {
        this.ui = ui;
        this.u = useCases;
        this.adjustments = new WalletAdjustments(ui, id(), useCases.cards(), useCases.wallet(),
                (session, customer, notice) -> card(session, customer, Reply.Mode.EDIT, notice));
    }

    @Override
    public String id() {
        return "users";
    }

    @Override
    public Set<String> commands() {
        return Set.of("find");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        if (command.argument() == null || command.argument().isBlank()) {
            if (u.find().find(new FindCustomerUseCase.Command(session.user(), "0")) instanceof FindCustomerUseCase.Refused r
                    && r.reason() == FindCustomerUseCase.Reason.NOT_STAFF) {
                return Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l));
            }
            return Reply.send(ui.t(l, "office.users.ask"), back(l)).then(new Reply.Converse(QUERY_STEP, Map.of(), TYPING));
        }
        return search(session, command.argument(), Reply.Mode.SEND, true);
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("");
        Optional<TelegramUserId> user = data.arg(1).flatMap(StaffScreen::parseId);
        Optional<SubscriptionId> subscription = data.arg(1).flatMap(UsersScreen::subscriptionId);
        return switch (verb) {
            case "" -> Reply.edit(ui.t(l, "office.users.ask"), back(l)).then(new Reply.Converse(QUERY_STEP, Map.of(), TYPING));
            case "c" -> user.map(id -> card(session, id, Reply.Mode.EDIT, null)).orElseGet(() -> invalid(l));
            case "g" -> user.map(id -> planChoice(session, id)).orElseGet(() -> invalid(l));
            case "gp" -> user.flatMap(id -> data.arg(2).map(plan -> grant(session, id, plan))).orElseGet(() -> invalid(l));
            case "x" -> subscription.flatMap(s -> data.arg(2).flatMap(StaffScreen::parseId)
                    .map(owner -> extend(session, s, owner))).orElseGet(() -> invalid(l));
            case "r" -> subscription.flatMap(s -> data.arg(2).flatMap(StaffScreen::parseId)
                    .map(owner -> confirmRevoke(l, s, owner))).orElseGet(() -> invalid(l));
            case "rr" -> subscription.flatMap(s -> data.arg(2).flatMap(StaffScreen::parseId)
                    .map(owner -> revoke(session, s, owner))).orElseGet(() -> invalid(l));
            case "w" -> user.map(id -> adjustments.ask(session, id)).orElseGet(() -> invalid(l));
            case "wok" -> adjustments.confirm(session);
            case "m" -> user.map(id -> askMessage(session, id)).orElseGet(() -> invalid(l));
            default -> invalid(l);
        };
    }

    @Override
    public Reply onInput(Session session, Inbound input) {
        Language l = session.language();
        String step = session.conversation().map(c -> c.step()).orElse("");
        if (!(input instanceof Inbound.Text text)) {
            return Reply.send(ui.t(l, "office.users.text_only"), back(l));
        }
        if (step.equals(WalletAdjustments.WALLET_STEP)) {
            return adjustments.typed(session, text.text());
        }
        if (step.equals(MESSAGE_STEP)) {
            return message(session, text.text());
        }
        return search(session, text.text(), Reply.Mode.SEND, false);
    }

    private Reply search(Session session, String query, Reply.Mode mode, boolean command) {
        Language l = session.language();
        FindCustomerUseCase.Result result = u.find().find(new FindCustomerUseCase.Command(session.user(), query));
        if (result instanceof FindCustomerUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_STAFF -> command ? Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l))
                        : Reply.send(ui.t(l, "admin.not_allowed"), null).then(new Reply.EndConversation());
                case QUERY_TOO_SHORT -> Reply.send(ui.t(l, "office.users.too_short"), back(l))
                        .then(new Reply.Converse(QUERY_STEP, Map.of(), TYPING));
            };
        }
        FindCustomerUseCase.Found found = (FindCustomerUseCase.Found) result;
        if (found.customers().isEmpty()) {
            return Reply.send(ui.t(l, "office.users.none", Texts.escape(Texts.truncate(query.strip(), 64))), back(l))
                    .then(new Reply.Converse(QUERY_STEP, Map.of(), TYPING));
        }
        if (found.customers().size() == 1) {
            return card(session, found.customers().get(0), mode, null).then(new Reply.EndConversation());
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        for (TelegramUserId customer : found.customers()) {
            keyboard.row(Button.tap("👤 " + customer.value(), CallbackData.of(id(), "c", customer.value())));
        }
        return Reply.of(new Reply.Message(ui.t(l, "office.users.found", found.customers().size()),
                OfficeScreen.backToOffice(ui, l, keyboard).build(), mode)).then(new Reply.EndConversation());
    }

    private Reply card(Session session, TelegramUserId customer, Reply.Mode mode, String notice) {
        Language l = session.language();
        ShowCustomerCardUseCase.Result result = u.cards().show(new ShowCustomerCardUseCase.Command(session.user(), customer));
        if (result instanceof ShowCustomerCardUseCase.Refused refused) {
            return switch (refused.reason()) {
                case NOT_STAFF -> Reply.alert(ui.t(l, "admin.not_allowed"));
                case UNKNOWN_CUSTOMER -> Reply.alert(ui.t(l, "office.users.unknown"));
            };
        }
        ShowCustomerCardUseCase.Card card = (ShowCustomerCardUseCase.Card) result;
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(ui.t(l, "office.users.card", Long.toString(customer.value()),
                card.customer().language().tag(), ui.formats().dateTime(l, card.customer().firstSeenAt()),
                card.customer().blockedBotAt().map(at -> ui.t(l, "office.users.blocked", ui.formats().dateTime(l, at)))
                        .orElseGet(() -> ui.t(l, "office.users.reachable"))));
        String wallets = card.wallets().stream().map(Wallet::balance).map(m -> ui.formats().money(l, m))
                .collect(Collectors.joining(", "));
        text.append('\n').append(ui.t(l, "office.users.wallet", wallets.isEmpty() ? ui.t(l, "admin.stats.nothing") : wallets));
        text.append('\n').append(ui.t(l, "office.users.referrals", card.referred(),
                card.referrer().map(r -> Long.toString(r.value())).orElseGet(() -> ui.t(l, "admin.stats.nothing"))));
        text.append("\n\n").append(ui.t(l, "office.users.subscriptions", card.subscriptionCount()));
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Subscription s : card.subscriptions()) {
            String shortId = Texts.shortId(s.id().value());
            text.append('\n').append(ui.t(l, "office.users.subscription", shortId, ui.formats().status(l, s.status()),
                    Texts.escape(s.server().value()),
                    s.expiresAt().map(at -> ui.formats().dateTime(l, at)).orElse("—"),
                    ui.formats().traffic(l, s.trafficUsed()), ui.formats().traffic(l, s.quota())));
            keyboard.row(Button.tap(ui.t(l, "office.users.extend", EXTEND_DAYS, shortId),
                            CallbackData.of(id(), "x", s.id().value(), customer.value())),
                    Button.tap(ui.t(l, "office.users.revoke", shortId),
                            CallbackData.of(id(), "r", s.id().value(), customer.value())));
            if (s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.LIMITED) {
                keyboard.row(Button.tap(ui.t(l, "office.users.move", shortId), CallbackData.of("oloc", "s", s.id().value(), customer.value())));
            }
        }
        text.append("\n\n").append(ui.t(l, "office.users.orders", card.orderCount()));
        for (Order order : card.recentOrders()) {
            text.append('\n').append(ui.t(l, "office.users.order", Texts.shortId(order.id().value()),
                    order.status().name().toLowerCase(Locale.ROOT), ui.formats().money(l, order.total()),
                    ui.formats().dateTime(l, order.createdAt())));
            keyboard.row(Button.tap(ui.t(l, "office.users.open_order", Texts.shortId(order.id().value())),
                    CallbackData.of("ord", "v", order.id().value())));
        }
        keyboard.row(ui.button(l, "office.users.grant", CallbackData.of(id(), "g", customer.value())),
                ui.button(l, "office.users.adjust", CallbackData.of(id(), "w", customer.value())));
        keyboard.row(ui.button(l, "office.users.message", CallbackData.of(id(), "m", customer.value())),
                ui.button(l, "office.users.search_again", CallbackData.of(id())));
        return Reply.of(new Reply.Message(text.toString(), OfficeScreen.backToOffice(ui, l, keyboard).build(), mode));
    }

    private Reply planChoice(Session session, TelegramUserId customer) {
        Language l = session.language();
        Keyboard.Builder keyboard = Keyboard.builder();
        for (Plan plan : u.plans().listOnSale()) {
            keyboard.row(Button.tap("🎁 " + plan.name(), CallbackData.of(id(), "gp", customer.value(), plan.id().value())));
        }
        keyboard.row(ui.button(l, "office.users.back_to_card", CallbackData.of(id(), "c", customer.value())));
        return Reply.edit(ui.t(l, "office.users.choose_plan", Long.toString(customer.value())), keyboard.build());
    }

    private Reply grant(Session session, TelegramUserId customer, String plan) {
        Language l = session.language();
        PlanId planId;
        try {
            planId = new PlanId(plan);
        } catch (IllegalArgumentException e) {
            return invalid(l);
        }
        GrantAccessUseCase.Result result = u.grant().grant(new GrantAccessUseCase.Command(session.user(), customer, planId, null));
        if (result instanceof GrantAccessUseCase.Refused refused) {
            return Reply.alert(ui.t(l, switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case UNKNOWN_PLAN -> "office.users.unknown_plan";
                case NO_SERVER_AVAILABLE, SERVER_NOT_IN_PLAN -> "office.users.no_server";
            }));
        }
        GrantAccessUseCase.Granted granted = (GrantAccessUseCase.Granted) result;
        return card(session, customer, Reply.Mode.EDIT, ui.t(l, "office.users.granted",
                Texts.shortId(granted.subscription().value()))).withToast(ui.t(l, "office.staff.saved"));
    }

    private Reply extend(Session session, SubscriptionId subscription, TelegramUserId owner) {
        Language l = session.language();
        ExtendAccessUseCase.Result result = u.extend().extend(new ExtendAccessUseCase.Command(session.user(), subscription,
                Duration.ofDays(EXTEND_DAYS), DataSize.ZERO));
        if (result instanceof ExtendAccessUseCase.Refused refused) {
            return Reply.alert(ui.t(l, switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case UNKNOWN_SUBSCRIPTION -> "office.users.unknown_subscription";
                case REVOKED -> "office.users.already_revoked";
            }));
        }
        return card(session, owner, Reply.Mode.EDIT, ui.t(l, "office.users.extended", EXTEND_DAYS,
                Texts.shortId(subscription.value()))).withToast(ui.t(l, "office.staff.saved"));
    }

    private Reply confirmRevoke(Language l, SubscriptionId subscription, TelegramUserId owner) {
        return Reply.edit(ui.t(l, "office.users.revoke_confirm", Texts.shortId(subscription.value())), Keyboard.builder()
                .row(ui.button(l, "office.users.revoke_yes", CallbackData.of(id(), "rr", subscription.value(), owner.value())),
                        ui.button(l, "office.users.back_to_card", CallbackData.of(id(), "c", owner.value())))
                .build());
    }

    private Reply revoke(Session session, SubscriptionId subscription, TelegramUserId owner) {
        Language l = session.language();
        RevokeAccessUseCase.Result result = u.revoke().revoke(new RevokeAccessUseCase.Command(session.user(), subscription));
        if (result instanceof RevokeAccessUseCase.Refused refused) {
            if (refused.reason() == RevokeAccessUseCase.Reason.ALREADY_REVOKED) {
                return card(session, owner, Reply.Mode.EDIT, null).withToast(ui.t(l, "office.users.already_revoked"));
            }
            return Reply.alert(ui.t(l, switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case UNKNOWN_SUBSCRIPTION -> "office.users.unknown_subscription";
                case PANEL_UNAVAILABLE -> "office.users.panel_down";
                case ALREADY_REVOKED -> "office.users.already_revoked";
            }));
        }
        return card(session, owner, Reply.Mode.EDIT, ui.t(l, "office.users.revoked", Texts.shortId(subscription.value())))
                .withToast(ui.t(l, "office.staff.saved"));
    }

    private Reply askMessage(Session session, TelegramUserId customer) {
        Language l = session.language();
        if (u.cards().show(new ShowCustomerCardUseCase.Command(session.user(), customer)) instanceof ShowCustomerCardUseCase.Refused) {
            return Reply.alert(ui.t(l, "admin.not_allowed"));
        }
        return Reply.edit(ui.t(l, "office.users.message_ask", Long.toString(customer.value())), cardButton(l, customer))
                .then(new Reply.Converse(MESSAGE_STEP, Map.of("user", Long.toString(customer.value())), TYPING));
    }

    private Reply message(Session session, String typed) {
        Language l = session.language();
        Map<String, String> values = session.conversation().map(c -> c.values()).orElse(Map.of());
        Optional<TelegramUserId> customer = Optional.ofNullable(values.get("user")).flatMap(StaffScreen::parseId);
        if (customer.isEmpty()) {
            return Reply.send(ui.t(l, "office.users.ask"), back(l)).then(new Reply.Converse(QUERY_STEP, Map.of(), TYPING));
        }
        MessageCustomerUseCase.Result result = u.message().send(new MessageCustomerUseCase.Command(session.user(),
                customer.get(), typed));
        if (result instanceof MessageCustomerUseCase.Sent) {
            return Reply.send(ui.t(l, "office.users.message_sent"), cardButton(l, customer.get()))
                    .then(new Reply.EndConversation());
        }
        MessageCustomerUseCase.Reason reason = ((MessageCustomerUseCase.Refused) result).reason();
        String key = switch (reason) {
            case NOT_AN_ADMIN -> "admin.not_allowed";
            case UNKNOWN_CUSTOMER -> "office.users.unknown";
            case EMPTY -> "office.users.message_empty";
            case TOO_LONG -> "office.users.message_long";
            case BLOCKED_THE_BOT -> "office.users.message_blocked";
            case NOT_DELIVERED -> "office.users.message_failed";
        };
        boolean retry = reason == MessageCustomerUseCase.Reason.EMPTY || reason == MessageCustomerUseCase.Reason.TOO_LONG;
        return Reply.send(ui.t(l, key), cardButton(l, customer.get()))
                .then(retry ? new Reply.Converse(MESSAGE_STEP, values, TYPING) : new Reply.EndConversation());
    }

    private Keyboard cardButton(Language l, TelegramUserId customer) {
        return Keyboard.builder().row(ui.button(l, "office.users.back_to_card", CallbackData.of(id(), "c", customer.value())))
                .build();
    }

    private Keyboard back(Language l) {
        return OfficeScreen.backToOffice(ui, l, Keyboard.builder()).build();
    }

    private Reply invalid(Language l) {
        return Reply.alert(ui.t(l, "button.invalid"));
    }

    private static Optional<SubscriptionId> subscriptionId(String text) {
        try {
            return text.length() == 36 ? Optional.of(new SubscriptionId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
