package dev.tollgate.application.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryAuditLog;
import dev.tollgate.application.fakes.InMemoryCustomerRepository;
import dev.tollgate.application.fakes.InMemoryStaffRepository;
import dev.tollgate.application.fakes.InMemoryTickets;
import dev.tollgate.application.fakes.InMemoryTransactionRunner;
import dev.tollgate.application.fakes.MutableClock;
import dev.tollgate.application.fakes.RecordingAdminAlerts;
import dev.tollgate.application.fakes.RecordingCustomerNotifier;
import dev.tollgate.application.port.in.AnswerTicketUseCase;
import dev.tollgate.application.port.in.ContactSupportUseCase;
import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.in.ManageStaffUseCase;
import dev.tollgate.application.port.out.Notice;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.support.TicketId;
import dev.tollgate.domain.support.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A customer's messages gather on one ticket until it is closed; only staff answer or close it, each audited. */
class TicketServicesTest {

    private static final TelegramUserId OWNER = new TelegramUserId(1);
    private static final TelegramUserId SAM = new TelegramUserId(502);
    private static final TelegramUserId EVE = new TelegramUserId(666);
    private static final TelegramUserId CAROL = new TelegramUserId(7300);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final InMemoryStaffRepository staff = new InMemoryStaffRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final RecordingAdminAlerts alerts = new RecordingAdminAlerts();
    private final RecordingCustomerNotifier notifier = new RecordingCustomerNotifier();
    private final StaffDirectory directory = new StaffDirectory(Set.of(OWNER), staff);
    private final ContactSupportService contact = new ContactSupportService(tickets, alerts, transactions, clock);
    private final ListTicketsService list = new ListTicketsService(directory, tickets);
    private final AnswerTicketService answer = new AnswerTicketService(directory, tickets,
            new InMemoryCustomerRepository(), notifier, audit, transactions, clock);

    TicketServicesTest() {
        new ManageStaffService(directory, staff, audit, transactions, clock)
                .change(ManageStaffUseCase.Command.give(OWNER, SAM, StaffRole.SUPPORT));
    }

    private TicketId write(String text) {
        clock.advance(Duration.ofMinutes(1));
        return ((ContactSupportUseCase.Received) contact.contact(new ContactSupportUseCase.Command(CAROL, text))).ticket();
    }

    @Test
    void messages_beforeTheTicketCloses_joinItAndAfterwardsOpenANewOne() {
        TicketId first = write("hello");
        assertThat(write("still broken")).isEqualTo(first);
        assertThat(tickets.messages(first, 10)).hasSize(2);
        assertThat(alerts.alerts()).hasSize(2);

        assertThat(answer.answer(AnswerTicketUseCase.Command.close(SAM, first))).isEqualTo(new AnswerTicketUseCase.Done(true));
        assertThat(write("again")).isNotEqualTo(first);
        assertThat(contact.contact(new ContactSupportUseCase.Command(CAROL, "  ")))
                .isEqualTo(new ContactSupportUseCase.Refused(ContactSupportUseCase.Reason.EMPTY));
    }

    @Test
    void answer_bySupport_reachesTheCustomerAndLeavesTheQueueAndAStrangerChangesNothing() {
        TicketId ticket = write("my link fails");
        int lines = audit.count();

        assertThat(answer.answer(new AnswerTicketUseCase.Command(EVE, ticket, "phishing link", true)))
                .isEqualTo(new AnswerTicketUseCase.Refused(AnswerTicketUseCase.Reason.NOT_STAFF));
        assertThat(list.list(new ListTicketsUseCase.Command(EVE, 0, 10)))
                .isEqualTo(new ListTicketsUseCase.Refused(ListTicketsUseCase.Reason.NOT_STAFF));
        assertThat(tickets.find(ticket).orElseThrow().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(notifier.sent(Notice.SupportAnswered.class)).isEmpty();
        assertThat(audit.count()).isEqualTo(lines);

        assertThat(answer.answer(new AnswerTicketUseCase.Command(SAM, ticket, "fixed now", false)))
                .isEqualTo(new AnswerTicketUseCase.Done(true));
        assertThat(notifier.sent(Notice.SupportAnswered.class)).extracting(Notice.SupportAnswered::text)
                .containsExactly("fixed now");
        assertThat(((ListTicketsUseCase.Waiting) list.list(new ListTicketsUseCase.Command(SAM, 0, 10))).total()).isZero();
        assertThat(audit.count()).isEqualTo(lines + 1);
        answer.answer(AnswerTicketUseCase.Command.close(SAM, ticket));
        assertThat(answer.answer(new AnswerTicketUseCase.Command(SAM, ticket, "one more", false)))
                .isEqualTo(new AnswerTicketUseCase.Refused(AnswerTicketUseCase.Reason.CLOSED));
    }
}
