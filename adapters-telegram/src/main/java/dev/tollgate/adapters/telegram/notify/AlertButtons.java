package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.server.ServerId;

/**
 * The buttons to act on an alert: open the order or the customer's card (the back office's own screens), retry a
 * delayed delivery now, or open the server's last recorded status. Every one is checked again by its use case.
 */
final class AlertButtons {

    private AlertButtons() {
    }

    /** The alert's buttons, or null for an alert with nothing to open. */
    static Keyboard of(Ui ui, Language l, AdminAlert alert) {
        Keyboard.Builder keyboard = Keyboard.builder();
        if (alert instanceof AdminAlert.ProvisioningDelayed a) {
            keyboard.row(ui.button(l, "alerts.button.retry", CallbackData.of("alrt", "rp", a.order().value())));
            keyboard.row(order(ui, l, a.order()), customer(ui, l, a.user()));
            if (a.server() != null) {
                keyboard.row(server(ui, l, a.server()));
            }
        } else if (alert instanceof AdminAlert.ProvisioningFailed a) {
            keyboard.row(order(ui, l, a.order()), customer(ui, l, a.user()));
        } else if (alert instanceof AdminAlert.PaymentMismatch a) {
            keyboard.row(order(ui, l, a.order()));
        } else if (alert instanceof AdminAlert.PaymentForClosedOrder a) {
            keyboard.row(order(ui, l, a.order()));
        } else if (alert instanceof AdminAlert.PaymentNotRecorded a) {
            keyboard.row(customer(ui, l, a.user()));
        } else if (alert instanceof AdminAlert.PanelDown a) {
            keyboard.row(server(ui, l, a.server()));
        } else if (alert instanceof AdminAlert.PanelUp a) {
            keyboard.row(server(ui, l, a.server()));
        } else if (alert instanceof AdminAlert.PanelDrift a) {
            keyboard.row(server(ui, l, a.server()));
        } else {
            return null;
        }
        return keyboard.build();
    }

    /** What a summary names for each held alert: an order, a server or a customer. */
    static String subject(AdminAlert alert) {
        if (alert instanceof AdminAlert.ProvisioningDelayed a) {
            return Texts.shortId(a.order());
        }
        if (alert instanceof AdminAlert.ProvisioningFailed a) {
            return Texts.shortId(a.order());
        }
        if (alert instanceof AdminAlert.PaymentMismatch a) {
            return Texts.shortId(a.order());
        }
        if (alert instanceof AdminAlert.PaymentForClosedOrder a) {
            return Texts.shortId(a.order());
        }
        if (alert instanceof AdminAlert.PaymentNotRecorded a) {
            return a.user().toString();
        }
        if (alert instanceof AdminAlert.PanelDown a) {
            return a.server().value();
        }
        if (alert instanceof AdminAlert.PanelUp a) {
            return a.server().value();
        }
        if (alert instanceof AdminAlert.PanelDrift a) {
            return a.server().value();
        }
        if (alert instanceof AdminAlert.TicketWaiting a) {
            return a.customer().toString();
        }
        return null;
    }

    private static dev.tollgate.adapters.telegram.routing.Button order(Ui ui, Language l, OrderId order) {
        return ui.button(l, "alerts.button.order", CallbackData.of("ord", "v", order.value()));
    }

    private static dev.tollgate.adapters.telegram.routing.Button customer(Ui ui, Language l, TelegramUserId user) {
        return ui.button(l, "alerts.button.customer", CallbackData.of("users", "c", user.value()));
    }

    private static dev.tollgate.adapters.telegram.routing.Button server(Ui ui, Language l, ServerId server) {
        return ui.button(l, "alerts.button.server", CallbackData.of("alrt", "srv", server.value()));
    }
}
