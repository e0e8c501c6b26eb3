package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ListTicketsUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.Tickets;
import dev.tollgate.domain.staff.StaffRole;

/** The tickets waiting for the staff, a page at a time. */
public final class ListTicketsService implements ListTicketsUseCase {

    private final AdminDirectory directory;
    private final Tickets tickets;

    public ListTicketsService(AdminDirectory directory, Tickets tickets) {
        this.directory = directory;
        this.tickets = tickets;
    }

    @Override
    public Result list(Command command) {
        if (!StaffGuard.allows(directory, command.staff(), StaffRole.SUPPORT, "list the tickets")) {
            return new Refused(Reason.NOT_STAFF);
        }
        return new Waiting(tickets.waiting(command.offset(), command.limit()), tickets.countWaiting());
    }
}
