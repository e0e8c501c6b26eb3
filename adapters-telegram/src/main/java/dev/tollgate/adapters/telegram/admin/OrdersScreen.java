package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Inbound;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.RefundOrderUseCase;
import dev.tollgate.application.port.in.ShowOrderUseCase;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.Payment;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One order for staff (/order ID, or from a customer's card): its terms, status and payments; admins refund a paid
 * order to the customer's wallet, revoking or keeping the access, after a confirmation. A second refund is refused
 * by the use case, so a double press is harmless.
 */
public final class OrdersScreen implements Screen {

    private final Ui ui;
    private final ShowOrderUseCase orders;
    private final RefundOrderUseCase refunds;

    public OrdersScreen(Ui ui, ShowOrderUseCase orders, RefundOrderUseCase refunds) {
        this.ui = ui;
        this.orders = orders;
        this.refunds = refunds;
    }

    @Override
    public String id() {
        return "ord";
    }

    @Override
    public Set<String> commands() {
        return Set.of("order");
    }

    @Override
    public Reply onCommand(Session session, Inbound.Command command) {
        Language l = session.language();
        Optional<OrderId> order = orderId(command.argument() == null ? "" : command.argument().strip());
        if (order.isEmpty()) {
            if (orders.show(new ShowOrderUseCase.Command(session.user(), new OrderId(new UUID(0, 0))))
                    instanceof ShowOrderUseCase.Refused r && r.reason() == ShowOrderUseCase.Reason.NOT_STAFF) {
                return Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l));
            }
            return Reply.send(ui.t(l, "office.orders.usage"), null);
        }
        ShowOrderUseCase.Result result = orders.show(new ShowOrderUseCase.Command(session.user(), order.get()));
        if (result instanceof ShowOrderUseCase.Refused refused) {
            return refused.reason() == ShowOrderUseCase.Reason.NOT_STAFF ? Reply.send(ui.t(l, "text.unknown"), ui.mainMenu(l))
                    : Reply.send(ui.t(l, "office.orders.unknown"), null);
        }
        return view(l, (ShowOrderUseCase.Found) result, Reply.Mode.SEND, null);
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("");
        Optional<OrderId> order = data.arg(1).flatMap(OrdersScreen::orderId);
        Optional<String> how = data.arg(2).filter(a -> a.equals("r") || a.equals("k") || a.equals("pr") || a.equals("pk"));
        Optional<Boolean> revoke = how.map(a -> a.endsWith("r"));
        boolean provider = how.filter(a -> a.startsWith("p")).isPresent();
        if (order.isEmpty()) {
            return Reply.alert(ui.t(l, "button.invalid"));
        }
        ShowOrderUseCase.Result shown = orders.show(new ShowOrderUseCase.Command(session.user(), order.get()));
        if (shown instanceof ShowOrderUseCase.Refused refused) {
            return Reply.alert(ui.t(l, refused.reason() == ShowOrderUseCase.Reason.NOT_STAFF ? "admin.not_allowed"
                    : "office.orders.unknown"));
        }
        ShowOrderUseCase.Found found = (ShowOrderUseCase.Found) shown;
        return switch (verb) {
            case "v" -> view(l, found, Reply.Mode.EDIT, null);
            case "rf" -> revoke.map(r -> confirm(l, found.order(), r, provider))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            case "ry" -> revoke.map(r -> refund(session, found.order(), r, provider))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
            default -> Reply.alert(ui.t(l, "button.invalid"));
        };
    }

    private Reply view(Language l, ShowOrderUseCase.Found found, Reply.Mode mode, String notice) {
        Order order = found.order();
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(ui.t(l, "office.orders.card", Texts.code(order.id().value().toString()),
                Long.toString(order.customer().value()), order.kind().name().toLowerCase(Locale.ROOT),
                order.status().name().toLowerCase(Locale.ROOT), ui.formats().money(l, order.total()),
                ui.formats().dateTime(l, order.createdAt()),
                order.paidAt().map(at -> ui.formats().dateTime(l, at)).orElse("—")));
        order.promoCode().ifPresent(code -> text.append('\n').append(ui.t(l, "office.orders.promo", Texts.escape(code.value()))));
        order.failure().ifPresent(failure -> text.append('\n').append(ui.t(l, "office.orders.failure",
                Texts.escape(Texts.truncate(failure, 200)))));
        text.append("\n\n").append(ui.t(l, "office.orders.payments", found.payments().size()));
        for (Payment payment : found.payments()) {
            text.append('\n').append(ui.t(l, "office.orders.payment", payment.provider().name().toLowerCase(Locale.ROOT),
                    payment.status().name().toLowerCase(Locale.ROOT), ui.formats().money(l, payment.amount()),
                    ui.formats().dateTime(l, payment.receivedAt())));
        }
        Keyboard.Builder keyboard = Keyboard.builder();
        if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.FULFILLED) {
            keyboard.row(ui.button(l, "office.orders.refund_revoke", CallbackData.of(id(), "rf", order.id().value(), "r")));
            keyboard.row(ui.button(l, "office.orders.refund_keep", CallbackData.of(id(), "rf", order.id().value(), "k")));
            if (found.payments().stream().anyMatch(p -> p.provider() == dev.tollgate.domain.payment.PaymentProvider.TELEGRAM_STARS)) {
                keyboard.row(ui.button(l, "office.orders.refund_stars", CallbackData.of(id(), "rf", order.id().value(), "pr")));
            }
        }
        keyboard.row(ui.button(l, "office.users.back_to_card", CallbackData.of("users", "c", order.customer().value())));
        return Reply.of(new Reply.Message(text.toString(), keyboard.build(), mode));
    }

    private Reply confirm(Language l, Order order, boolean revoke, boolean provider) {
        return Reply.edit(ui.t(l, provider ? "office.orders.confirm_stars" : revoke ? "office.orders.confirm_revoke"
                        : "office.orders.confirm_keep",
                        ui.formats().money(l, order.total()), Texts.shortId(order.id().value()),
                        Long.toString(order.customer().value())),
                Keyboard.builder().row(ui.button(l, "office.orders.refund_yes",
                                CallbackData.of(id(), "ry", order.id().value(), (provider ? "p" : "") + (revoke ? "r" : "k"))),
                        ui.button(l, "office.orders.back", CallbackData.of(id(), "v", order.id().value()))).build());
    }

    private Reply refund(Session session, Order order, boolean revoke, boolean provider) {
        Language l = session.language();
        RefundOrderUseCase.Result result = refunds.refund(new RefundOrderUseCase.Command(session.user(), order.id(), revoke,
                provider ? RefundOrderUseCase.Destination.PROVIDER : RefundOrderUseCase.Destination.WALLET));
        if (result instanceof RefundOrderUseCase.ProviderRefused refusedByProvider) {
            return Reply.alert(ui.t(l, "office.orders.provider_refused",
                    Texts.truncate(String.valueOf(refusedByProvider.reason()), 150)));
        }
        if (result instanceof RefundOrderUseCase.RefundedByProvider byProvider) {
            return afterRefund(session, order, ui.t(l, "office.orders.refunded_stars", ui.formats().money(l, byProvider.amount())));
        }
        if (result instanceof RefundOrderUseCase.Refused refused) {
            return Reply.alert(ui.t(l, switch (refused.reason()) {
                case NOT_AN_ADMIN -> "admin.not_allowed";
                case UNKNOWN_ORDER -> "office.orders.unknown";
                case NOT_PAID -> "office.orders.not_paid";
                case ALREADY_REFUNDED -> "office.orders.already_refunded";
                case NOT_REFUNDABLE -> "office.orders.not_refundable";
                case PROVIDER_CANNOT_REFUND -> "office.orders.provider_cannot";
                case PROVIDER_REFUND_IN_FLIGHT -> "office.orders.provider_in_flight";
            }));
        }
        RefundOrderUseCase.Refunded refunded = (RefundOrderUseCase.Refunded) result;
        return afterRefund(session, order, ui.t(l, "office.orders.refunded", ui.formats().money(l, refunded.amount())));
    }

    private Reply afterRefund(Session session, Order order, String notice) {
        Language l = session.language();
        ShowOrderUseCase.Result after = orders.show(new ShowOrderUseCase.Command(session.user(), order.id()));
        return after instanceof ShowOrderUseCase.Found found
                ? view(l, found, Reply.Mode.EDIT, notice).withToast(ui.t(l, "office.staff.saved"))
                : Reply.edit(notice, null);
    }

    static Optional<OrderId> orderId(String text) {
        try {
            return text.length() == 36 ? Optional.of(new OrderId(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
