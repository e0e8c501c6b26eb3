package dev.tollgate.application.service.staff;

import static dev.tollgate.application.testing.TestCore.ADMIN;
import static dev.tollgate.application.testing.TestCore.QUARTER;
import static dev.tollgate.application.testing.TestCore.xtr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.FixedServers;
import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryPanelGateway;
import dev.tollgate.application.port.in.MoveSubscriptionUseCase;
import dev.tollgate.application.port.in.PlaceOrderUseCase;
import dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase;
import dev.tollgate.application.port.in.StaffMoveSubscriptionUseCase.Command;
import dev.tollgate.application.testing.TestCore;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.OrderId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.subscription.Subscription;
import org.junit.jupiter.api.Test;

class StaffMoveSubscriptionTest {

    private static final ServerId NL = new ServerId("nl-1");

    private final TestCore f = new TestCore();
    private final InMemoryPanelGateway amsterdam = new InMemoryPanelGateway();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final StaffMoveSubscriptionService staffMove = new StaffMoveSubscriptionService(f.admins, f.subscriptions,
            f.moveSubscription, audit, f.transactions, f.clock);

    StaffMoveSubscriptionTest() {
        f.servers.add(FixedServers.vlessServer("nl-1"), amsterdam);
        f.groups.put("nl-1", "europe");
    }

    private Subscription bought() {
        TelegramUserId ann = f.contact(9100);
        OrderId order = f.place(PlaceOrderUseCase.Command.purchase(ann, QUARTER, Currency.XTR, new ServerId("de-1"), null));
        f.pay(order, xtr(600));
        return f.subscriptions.findByOwner(ann).get(0);
    }

    @Test
    void move_byAnAdmin_movesTheCustomersSubscriptionOnceAndAuditsIt() {
        Subscription subscription = bought();

        StaffMoveSubscriptionUseCase.Result result = staffMove.move(new Command(ADMIN, subscription.id(), NL));
        staffMove.move(new Command(ADMIN, subscription.id(), NL));

        assertThat(result).isInstanceOfSatisfying(StaffMoveSubscriptionUseCase.Outcome.class,
                outcome -> assertThat(outcome.result()).isInstanceOf(MoveSubscriptionUseCase.Moved.class));
        assertThat(f.subscriptions.findById(subscription.id()).orElseThrow().server()).isEqualTo(NL);
        assertThat(audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SUBSCRIPTION_MOVED);
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(entry.before()).isEqualTo("server de-1");
            assertThat(entry.after()).isEqualTo("server nl-1");
        });
    }

    @Test
    void move_bySomeoneWhoIsNotStaff_isRefusedAndChangesNothing() {
        Subscription subscription = bought();

        assertThat(staffMove.move(new Command(subscription.owner(), subscription.id(), NL)))
                .isEqualTo(new StaffMoveSubscriptionUseCase.Refused(StaffMoveSubscriptionUseCase.Reason.NOT_AN_ADMIN));

        assertThat(f.subscriptions.findById(subscription.id()).orElseThrow().server()).isEqualTo(new ServerId("de-1"));
        assertThat(amsterdam.clientCount()).isZero();
        assertThat(audit.all()).isEmpty();
    }
}
