package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.PlanSeeds;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.domain.support.Ticket;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketMessage;
import dev.tollgate.domain.support.TicketStatus;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import dev.tollgate.domain.staff.StaffMember;
import dev.tollgate.domain.staff.StaffRole;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the staff store and the audit log promise: one role per user, replaced by the next save, removed once,
 * paged by Telegram id; audit lines kept as written (Persian text too), newest first, paged.
 */
public abstract class StaffStoresContract {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final TelegramUserId OWNER = new TelegramUserId(1L);
    private static final TelegramUserId ANN = new TelegramUserId(3_001L);
    private static final TelegramUserId BOB = new TelegramUserId(3_002L);

    /** The stores under test holding nothing: fresh ones, or the shared ones emptied. */
    protected abstract StaffRepository emptyStaff();

    protected abstract AuditLog emptyAuditLog();

    /** The plan seed store; seeds use fresh plan ids, so it need not be empty. */
    protected abstract PlanSeeds planSeeds();

    /** The ticket store holding no ticket. */
    protected abstract Tickets emptyTickets();

    @Test
    public void tickets_keepOneUnclosedPerCustomerWaitingOldestFirstWithTheirMessagesInOrder() {
        Tickets tickets = emptyTickets();
        Ticket first = Ticket.open(TicketId.random(), ANN, T0);
        Ticket second = Ticket.open(TicketId.random(), BOB, T0.plusSeconds(5));
        tickets.insert(second);
        tickets.insert(first);
        for (int i = 0; i < 12; i++) {
            tickets.addMessage(new TicketMessage(first.id(), i % 2 == 1, i % 2 == 1 ? OWNER : ANN, "سلام " + i,
                    T0.plusSeconds(i)));
        }

        assertThat(tickets.waiting(0, 10)).extracting(Ticket::id).containsExactly(first.id(), second.id());
        assertThat(tickets.countWaiting()).isEqualTo(2);
        assertThat(tickets.messages(first.id(), 3)).extracting(TicketMessage::text).containsExactly("سلام 9", "سلام 10", "سلام 11");
        assertThat(tickets.messages(first.id(), 3).get(0).fromStaff()).isTrue();

        Ticket answered = tickets.find(first.id()).orElseThrow();
        answered.staffAnswered(T0.plusSeconds(60));
        tickets.update(answered);
        assertThat(tickets.waiting(0, 10)).extracting(Ticket::id).containsExactly(second.id());
        assertThat(tickets.findUnclosedOf(ANN)).map(Ticket::status).contains(TicketStatus.ANSWERED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tickets.update(answered))
                .isInstanceOf(dev.tollgate.application.port.out.ConcurrentUpdateException.class);

        Ticket closing = tickets.find(first.id()).orElseThrow();
        closing.close(T0.plusSeconds(70));
        tickets.update(closing);
        assertThat(tickets.findUnclosedOf(ANN)).isEmpty();
        assertThat(tickets.find(first.id())).map(Ticket::status).contains(TicketStatus.CLOSED);
    }

    @Test
    public void planSeeds_appliedAgain_replaceTheFingerprint() {
        PlanId plan = new PlanId("seed-" + java.util.UUID.randomUUID().toString().substring(0, 8));
        assertThat(planSeeds().lastApplied(plan)).isEmpty();
        planSeeds().applied(plan, "a".repeat(64), T0);
        planSeeds().applied(plan, "b".repeat(64), T0.plusSeconds(1));
        assertThat(planSeeds().lastApplied(plan)).contains("b".repeat(64));
    }

    private StaffRepository staff;
    private AuditLog audit;

    @BeforeEach
    void startEmpty() {
        staff = emptyStaff();
        audit = emptyAuditLog();
    }

    @Test
    public void save_again_replacesTheRoleAndRemoveTakesItAwayOnce() {
        staff.save(new StaffMember(BOB, StaffRole.SUPPORT, OWNER, T0));
        staff.save(new StaffMember(ANN, StaffRole.SUPPORT, OWNER, T0));
        staff.save(new StaffMember(ANN, StaffRole.ADMIN, OWNER, T0.plusSeconds(60)));

        assertThat(staff.find(ANN)).contains(new StaffMember(ANN, StaffRole.ADMIN, OWNER, T0.plusSeconds(60)));
        assertThat(staff.count()).isEqualTo(2);
        assertThat(staff.page(0, 10)).extracting(StaffMember::user).containsExactly(ANN, BOB);
        assertThat(staff.page(1, 10)).extracting(StaffMember::user).containsExactly(BOB);
        assertThat(staff.remove(ANN)).isTrue();
        assertThat(staff.remove(ANN)).isFalse();
        assertThat(staff.find(ANN)).isEmpty();
        assertThat(staff.count()).isEqualTo(1);
    }

    @Test
    public void auditPage_afterRecords_listsNewestFirstAsWritten() {
        for (int i = 0; i < 12; i++) {
            audit.record(new AuditEntry(T0.plusSeconds(i), OWNER, AuditAction.STAFF_ROLE_SET, "user " + i, "",
                    i % 2 == 0 ? "ADMIN" : "پشتیبانی"));
        }

        List<AuditEntry> first = audit.page(0, 5);
        assertThat(audit.count()).isEqualTo(12);
        assertThat(first).hasSize(5);
        assertThat(first.get(0)).isEqualTo(new AuditEntry(T0.plusSeconds(11), OWNER, AuditAction.STAFF_ROLE_SET,
                "user 11", "", "پشتیبانی"));
        assertThat(audit.page(10, 5)).extracting(AuditEntry::subject).containsExactly("user 1", "user 0");
        assertThat(audit.page(12, 5)).isEmpty();
    }
}
