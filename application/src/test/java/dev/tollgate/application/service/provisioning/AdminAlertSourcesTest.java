package dev.tollgate.application.service.provisioning;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryPanelStatuses;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.ProcessProvisioningTasksUseCase;
import dev.tollgate.application.port.in.RetryProvisioningUseCase;
import dev.tollgate.application.port.in.ShowServerStatusUseCase;
import dev.tollgate.application.port.out.AdminAlert;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where the new admin alerts come from (panel checks, a delayed delivery) and what their buttons do. */
class AdminAlertSourcesTest {

    private final TestCore core = new TestCore();
    private final InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();
    private final RecordingAdminAlerts panelAlerts = new RecordingAdminAlerts();
    private final CheckPanelsService checks = new CheckPanelsService(core.servers, core.servers, statuses, core.clock,
            panelAlerts);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RetryProvisioningService retry = new RetryProvisioningService(core.admins, core.queue, core.worker, audit,
            core.transactions, core.clock);

    @Test
    void panelChecks_alertOnceWhenAServerGoesDownAndOnceWhenItComesBack() {
        checks.check();
        assertThat(panelAlerts.alerts()).isEmpty();
        core.panel.goDown();
        checks.check();
        core.clock.advance(Duration.ofMinutes(1));
        checks.check();
        checks.check();
        core.clock.advance(Duration.ofMinutes(1));
        core.panel.comeBack();
        checks.check();
        checks.check();

        assertThat(panelAlerts.alerts()).hasSize(2);
        assertThat(panelAlerts.alerts(AdminAlert.PanelDown.class)).singleElement()
                .satisfies(down -> assertThat(down.server()).isEqualTo(new ServerId("de-1")));
        assertThat(panelAlerts.alerts(AdminAlert.PanelUp.class)).singleElement()
                .satisfies(up -> assertThat(up.downSince()).isEqualTo(java.time.Instant.parse("2026-06-01T10:00:00Z")));
        assertThat(new ShowServerStatusService(core.admins, core.servers, statuses).show(
                new ShowServerStatusUseCase.Command(ADMIN, new ServerId("de-1")))).isInstanceOfSatisfying(
                ShowServerStatusUseCase.Found.class, found -> assertThat(found.status().orElseThrow().reachable()).isTrue());
        assertThat(new ShowServerStatusService(core.admins, core.servers, statuses).show(
                new ShowServerStatusUseCase.Command(new TelegramUserId(666), new ServerId("de-1"))))
                .isInstanceOf(ShowServerStatusUseCase.Refused.class);
    }

    @Test
    void aFirstFailedDelivery_alertsTheAdminsOnce_andRetryNowDeliversItWhenThePanelIsBack() {
        TelegramUserId ann = core.contact(3001);
        core.panel.goDown();
        OrderId order = core.place(PlaceOrderUseCase.Command.purchase(ann, MONTH, Currency.XTR, null, null));
        core.pay(order, TestCore.xtr(250));
        core.clock.advance(Duration.ofMinutes(2));
        core.worker.process(new ProcessProvisioningTasksUseCase.Command(10));

        assertThat(core.alerts.alerts(AdminAlert.ProvisioningDelayed.class)).singleElement().satisfies(delayed -> {
            assertThat(delayed.order()).isEqualTo(order);
            assertThat(delayed.user()).isEqualTo(ann);
            assertThat(delayed.server()).isEqualTo(new ServerId("de-1"));
        });
        assertThat(retry.retry(new RetryProvisioningUseCase.Command(new TelegramUserId(666), order)))
                .isEqualTo(new RetryProvisioningUseCase.Refused(RetryProvisioningUseCase.Reason.NOT_AN_ADMIN));
        assertThat(retry.retry(new RetryProvisioningUseCase.Command(ADMIN, order)))
                .isInstanceOf(RetryProvisioningUseCase.StillPending.class);

        core.panel.comeBack();
        assertThat(retry.retry(new RetryProvisioningUseCase.Command(ADMIN, order)))
                .isEqualTo(new RetryProvisioningUseCase.Delivered(order));
        assertThat(retry.retry(new RetryProvisioningUseCase.Command(ADMIN, order)))
                .isEqualTo(new RetryProvisioningUseCase.Refused(RetryProvisioningUseCase.Reason.ALREADY_DELIVERED));
        assertThat(core.orders.findById(order).orElseThrow().status())
                .isEqualTo(dev.tollgate.domain.order.OrderStatus.FULFILLED);
        assertThat(core.panel.clientCount()).isEqualTo(1);
        assertThat(audit.all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PROVISIONING_RETRIED, AuditAction.PROVISIONING_RETRIED);
        assertThat(audit.all().get(1).after()).isEqualTo("delivered");
        assertThat(core.alerts.alerts(AdminAlert.ProvisioningDelayed.class)).hasSize(1);
    }
}
