package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.in.ListStaffUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The configured owners, then the stored staff, as one list paged by offset. */
public final class ListStaffService implements ListStaffUseCase {

    private final AdminDirectory directory;
    private final StaffRepository staff;

    public ListStaffService(AdminDirectory directory, StaffRepository staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @Override
    public Result list(Command command) {
        if (!StaffGuard.allows(directory, command.owner(), StaffRole.OWNER, "list the staff")) {
            return new Refused(Reason.NOT_AN_OWNER);
        }
        List<TelegramUserId> owners = directory.owners().stream()
                .sorted(Comparator.comparingLong(TelegramUserId::value)).toList();
        List<Member> members = new ArrayList<>();
        for (int i = command.offset(); i < owners.size() && members.size() < command.limit(); i++) {
            members.add(new Member(owners.get(i), StaffRole.OWNER));
        }
        int storedOffset = Math.max(0, command.offset() - owners.size());
        int room = command.limit() - members.size();
        if (room > 0) {
            staff.page(storedOffset, room).forEach(m -> members.add(new Member(m.user(), m.role())));
        }
        return new Staff(members, owners.size() + staff.count());
    }
}
