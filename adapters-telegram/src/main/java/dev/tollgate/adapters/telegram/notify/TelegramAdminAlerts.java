package dev.tollgate.adapters.telegram.notify;

import dev.tollgate.adapters.telegram.routing.Button;
import dev.tollgate.adapters.telegram.routing.CallbackData;
import dev.tollgate.adapters.telegram.routing.Keyboard;
import dev.tollgate.adapters.telegram.runtime.Chat;
import dev.tollgate.adapters.telegram.runtime.RateLimits.Priority;
import dev.tollgate.adapters.telegram.view.Texts;
import dev.tollgate.adapters.telegram.view.Ui;
import dev.tollgate.application.port.in.ChangeCustomerSettingsUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.port.out.AdminAlerts;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.NotificationFailedException;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every alert to every admin in their language, with buttons to act on it (open the order or the customer,
 * retry a delayed delivery, see the server's status). Alerts of one kind are grouped ({@link AlertGroups}): the first
 * goes out at once, the others of that kind within the window are counted and sent as one summary when it closes,
 * naming the orders or servers concerned, so a hundred forged payments make two messages, not a hundred. Receipts to
 * review are never grouped: each carries its buttons.
 */
public final class TelegramAdminAlerts implements AdminAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramAdminAlerts.class);

    /** Runs a task after a delay: the summaries when their window closes. */
    public interface Scheduler {
        void after(Duration delay, Runnable task);
    }

    private final Chat chat;
    private final Ui ui;
    private final AdminDirectory admins;
    private final ChangeCustomerSettingsUseCase customers;
    private final AlertGroups groups;
    private final Scheduler scheduler;

    public TelegramAdminAlerts(Chat chat, Ui ui, AdminDirectory admins, ChangeCustomerSettingsUseCase customers,
                               Duration window, ScheduledExecutorService timer) {
        this(chat, ui, admins, customers, window, timer == null ? (delay, task) -> { }
                : (delay, task) -> timer.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS), System::nanoTime);
    }

    /** {@code nanos} is the clock of the grouping windows (tests pass their own, with a scheduler they run by hand). */
    public TelegramAdminAlerts(Chat chat, Ui ui, AdminDirectory admins, ChangeCustomerSettingsUseCase customers,
                               Duration window, Scheduler scheduler, java.util.function.LongSupplier nanos) {
        this.chat = chat;
        this.ui = ui;
        this.admins = admins;
        this.customers = customers;
        this.groups = new AlertGroups(window, nanos);
        this.scheduler = scheduler;
    }

    @Override
    public void alert(AdminAlert alert) {
        if (admins.admins().isEmpty()) {
            LOG.warn("no admins are configured (TOLLGATE_ADMIN_IDS); an alert went only to this log: {}", alert.getClass().getSimpleName());
            return;
        }
        if (!(alert instanceof AdminAlert.ReceiptToReview)) {
            java.util.Optional<Duration> held = groups.offer(alert.getClass(), AlertButtons.subject(alert), alert);
            if (held.isPresent()) {
                if (!held.get().isZero()) {
                    scheduler.after(held.get(), this::flush);
                }
                return;
            }
        }
        deliver(alert, 0, java.util.List.of());
    }

    /** Sends the summary of every window that has closed; the scheduler calls it when the first held one's closes. */
    public void flush() {
        for (AlertGroups.Summary summary : groups.due()) {
            try {
                deliver(summary.last(), summary.held(), summary.subjects());
            } catch (RuntimeException e) {
                LOG.warn("a grouped admin alert could not be sent: {}", e.getMessage());
            }
        }
    }

    private void deliver(AdminAlert alert, int held, java.util.List<String> subjects) {
        int delivered = 0;
        for (TelegramUserId admin : admins.admins()) {
            Language language = customers.languageOf(admin);
            String text = render(language, alert);
            if (held > 0) {
                text = text + "\n\n" + (subjects.isEmpty()
                        ? ui.t(language, "admin.alert.more", held - 1, groups.window().toSeconds())
                        : ui.t(language, "alerts.more", held, groups.window().toSeconds(),
                                Texts.escape(String.join(", ", subjects)) + (held > subjects.size() ? ", …" : "")));
            }
            try {
                Chat.Outcome outcome = alert instanceof AdminAlert.ReceiptToReview receipt
                        ? chat.receiptById(Priority.INTERACTIVE, admin.value(), receipt.receipt(), text, reviewButtons(language, receipt))
                        : chat.send(Priority.INTERACTIVE, admin.value(), text, AlertButtons.of(ui, language, alert));
                if (outcome != Chat.Outcome.BLOCKED) {
                    delivered++;
                }
            } catch (NotificationFailedException e) {
                LOG.warn("admin {} could not be alerted: {}", admin, e.getMessage());
            }
        }
        if (delivered == 0) {
            throw new NotificationFailedException("no admin could be alerted about " + alert.getClass().getSimpleName(), null);
        }
    }

    private Keyboard reviewButtons(Language language, AdminAlert.ReceiptToReview receipt) {
        return Keyboard.builder().row(
                Button.tap(ui.t(language, "admin.button.approve"), CallbackData.of("rcpt", "ok", receipt.payment().value())),
                Button.tap(ui.t(language, "admin.button.reject"), CallbackData.of("rcpt", "no", receipt.payment().value())))
                .build();
    }

    public String render(Language l, AdminAlert alert) {
        var f = ui.formats();
        if (alert instanceof AdminAlert.ReceiptToReview a) {
            return ui.t(l, "admin.alert.receipt", Texts.shortId(a.order()), Texts.code(a.user().toString()),
                    f.money(l, a.amount()), Texts.code(a.payment().toString()));
        }
        if (alert instanceof AdminAlert.ProvisioningFailed a) {
            return ui.t(l, "admin.alert.provisioning_failed", Texts.shortId(a.order()), Texts.code(a.user().toString()),
                    f.money(l, a.refunded()), Texts.escape(a.error()));
        }
        if (alert instanceof AdminAlert.PaymentMismatch a) {
            return ui.t(l, "admin.alert.mismatch", Texts.shortId(a.order()), a.provider().name(), Texts.escape(a.externalId()),
                    f.money(l, a.expected()), f.money(l, a.received()));
        }
        if (alert instanceof AdminAlert.PaymentNotRecorded a) {
            return ui.t(l, "admin.alert.not_recorded", Texts.code(a.user().toString()), f.money(l, a.amount()),
                    a.provider().name(), Texts.code(a.externalId()), Texts.escape(a.reason()));
        }
        if (alert instanceof AdminAlert.PaymentForClosedOrder a) {
            return ui.t(l, "admin.alert.closed_order", Texts.shortId(a.order()), a.provider().name(),
                    Texts.escape(a.externalId()), f.money(l, a.amount()));
        }
        if (alert instanceof AdminAlert.BackupTooLarge a) {
            return ui.t(l, "admin.alert.backup_too_large", f.fileSize(l, a.bytes()), f.fileSize(l, a.limitBytes()));
        }
        if (alert instanceof AdminAlert.TicketWaiting a) {
            return ui.t(l, "office.tickets.alert", Texts.code(a.customer().toString()), Texts.escape(a.preview()),
                    Texts.shortId(a.ticket().value()));
        }
        if (alert instanceof AdminAlert.BackupFailed a) {
            return ui.t(l, "admin.alert.backup_failed", Texts.escape(a.error()));
        }
        if (alert instanceof AdminAlert.PanelDrift a) {
            return ui.t(l, "admin.alert.panel_drift", Texts.code(a.server().value()), a.recreated(), a.corrected(),
                    a.disabled(), a.unknownOurs(), a.foreign(), Texts.escape(String.join("\n", a.examples())));
        }
        if (alert instanceof AdminAlert.ProvisioningDelayed a) {
            return ui.t(l, "alerts.provisioning_delayed", Texts.shortId(a.order()), Texts.code(a.user().toString()),
                    Texts.code(a.server() == null ? "—" : a.server().value()), Texts.escape(a.error()));
        }
        if (alert instanceof AdminAlert.PanelDown a) {
            return ui.t(l, "alerts.panel_down", Texts.code(a.server().value()), Texts.escape(a.detail()));
        }
        if (alert instanceof AdminAlert.PanelUp a) {
            return ui.t(l, "alerts.panel_up", Texts.code(a.server().value()), f.dateTime(l, a.downSince()));
        }
        throw new IllegalArgumentException("no text for alert " + alert.getClass().getSimpleName());
    }
}
