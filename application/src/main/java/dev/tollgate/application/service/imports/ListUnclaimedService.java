package dev.tollgate.application.service.imports;

import dev.tollgate.application.port.in.ListUnclaimedUseCase;
import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.domain.staff.StaffRole;
import java.lang.System.Logger.Level;

/** Admins see the imported subscriptions still waiting for their users, with the codes to hand out. */
public final class ListUnclaimedService implements ListUnclaimedUseCase {

    private static final System.Logger LOG = System.getLogger(ListUnclaimedService.class.getName());

    private final AdminDirectory staff;
    private final UnclaimedSubscriptions unclaimed;

    public ListUnclaimedService(AdminDirectory staff, UnclaimedSubscriptions unclaimed) {
        this.staff = staff;
        this.unclaimed = unclaimed;
    }

    @Override
    public Result list(Query query) {
        if (staff.roleOf(query.actor()).filter(role -> role.covers(StaffRole.ADMIN)).isEmpty()) {
            LOG.log(Level.WARNING, "user {0} may not list unclaimed subscriptions: it needs the role ADMIN", query.actor());
            return new NotAllowed();
        }
        return new Page(unclaimed.unclaimed(query.offset(), query.limit()), query.offset(), unclaimed.countUnclaimed());
    }
}
