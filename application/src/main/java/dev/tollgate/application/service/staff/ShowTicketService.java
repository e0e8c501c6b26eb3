package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ShowTicketUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.domain.staff.StaffRole;
import dev.tollgate.domain.support.Ticket;
import java.util.Optional;

/** One ticket with its newest messages, for staff. */
public final class ShowTicketService implements ShowTicketUseCase {

    private final AdminDirectory directory;
    private final Tickets tickets;

    public ShowTicketService(AdminDirectory directory, Tickets tickets) {
        this.directory = directory;
        this.tickets = tickets;
    }

    @Override
    public Result show(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "read ticket " + command.ticket())) {
            return new Refused(Reason.NOT_STAFF);
        }
        Optional<Ticket> ticket = tickets.find(command.ticket());
        return ticket.<Result>map(t -> new Found(t, tickets.messages(t.id(), MESSAGES)))
                .orElseGet(() -> new Refused(Reason.UNKNOWN_TICKET));
    }
}
