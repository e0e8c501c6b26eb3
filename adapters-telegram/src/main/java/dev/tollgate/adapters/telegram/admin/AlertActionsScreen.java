package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.routing.Reply;
import dev.tollgate.adapters.telegram.routing.Screen;
import dev.tollgate.adapters.telegram.routing.Session;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.RetryProvisioningUseCase;
import dev.tollgate.application.port.in.ShowServerStatusUseCase;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.server.ServerId;
import java.util.Optional;
import java.util.UUID;

/**
 * The buttons under admin alerts that are not another screen's: retry a delayed delivery now, and a server's last
 * recorded status. The answer comes as a new message, so the alert stays as it was; a second tap is harmless (a
 * retry of a delivered order says so).
 */
public final class AlertActionsScreen implements Screen {

    private final Ui ui;
    private final RetryProvisioningUseCase retry;
    private final ShowServerStatusUseCase status;

    public AlertActionsScreen(Ui ui, RetryProvisioningUseCase retry, ShowServerStatusUseCase status) {
        this.ui = ui;
        this.retry = retry;
        this.status = status;
    }

    @Override
    public String id() {
        return "alrt";
    }

    @Override
    public Reply onTap(Session session, CallbackData data) {
        Language l = session.language();
        String verb = data.arg(0).orElse("");
        Optional<String> arg = data.arg(1);
        if (verb.equals("rp")) {
            return arg.flatMap(AlertActionsScreen::orderId).map(order -> retry(session, order))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
        }
        if (verb.equals("srv")) {
            return arg.flatMap(AlertActionsScreen::serverId).map(id -> server(session, id))
                    .orElseGet(() -> Reply.alert(ui.t(l, "button.invalid")));
        }
        return Reply.alert(ui.t(l, "button.invalid"));
    }

    private Reply retry(Session session, OrderId order) {
        Language l = session.language();
        RetryProvisioningUseCase.Result result = retry.retry(new RetryProvisioningUseCase.Command(session.user(), order));
        String shortId = Texts.shortId(order);
        Keyboard toOrder = Keyboard.builder().row(ui.button(l, "alerts.button.order", CallbackData.of("ord", "v",
                order.value()))).build();
        if (result instanceof RetryProvisioningUseCase.Delivered) {
            return Reply.send(ui.t(l, "alerts.retry.delivered", shortId), toOrder);
        }
        if (result instanceof RetryProvisioningUseCase.StillPending pending) {
            return Reply.send(ui.t(l, "alerts.retry.pending", shortId, Texts.escape(pending.error())), toOrder);
        }
        return switch (((RetryProvisioningUseCase.Refused) result).reason()) {
            case NOT_AN_ADMIN -> Reply.alert(ui.t(l, "admin.not_allowed"));
            case NOTHING_TO_DELIVER -> Reply.alert(ui.t(l, "alerts.retry.nothing"));
            case ALREADY_DELIVERED -> Reply.alert(ui.t(l, "alerts.retry.done"));
            case GAVE_UP -> Reply.alert(ui.t(l, "alerts.retry.gave_up"));
            case BUSY -> Reply.alert(ui.t(l, "alerts.retry.busy"));
        };
    }

    private Reply server(Session session, ServerId server) {
        Language l = session.language();
        ShowServerStatusUseCase.Result result = status.show(new ShowServerStatusUseCase.Command(session.user(), server));
        if (result instanceof ShowServerStatusUseCase.Refused refused) {
            return Reply.alert(ui.t(l, refused.reason() == ShowServerStatusUseCase.Reason.NOT_AN_ADMIN
                    ? "admin.not_allowed" : "alerts.server.unknown"));
        }
        ShowServerStatusUseCase.Found found = (ShowServerStatusUseCase.Found) result;
        String name = Texts.escape(found.name());
        if (found.status().isEmpty()) {
            return Reply.send(ui.t(l, "alerts.server.never", name, Texts.code(server.value())), null);
        }
        PanelStatus s = found.status().get();
        return Reply.send(ui.t(l, "alerts.server.card", name, Texts.code(server.value()),
                ui.t(l, s.reachable() ? "alerts.server.up" : "alerts.server.down"),
                ui.formats().number(l, s.latency().toMillis()), ui.formats().dateTime(l, s.checkedAt()),
                Texts.escape(s.detail() == null ? "" : s.detail())), null);
    }

    private static Optional<ServerId> serverId(String text) {
        try {
            return Optional.of(new ServerId(text));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<OrderId> orderId(String text) {
        try {
            return Optional.of(new OrderId(UUID.fromString(text)));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }
}
