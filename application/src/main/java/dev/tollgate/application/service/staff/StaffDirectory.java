package dev.tollgate.application.service.staff;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.application.port.out.StaffRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffMember;
import dev.tollgate.domain.staff.StaffRole;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The staff as the admin use cases see it: the configured owners, then the admins and support stored by an owner.
 * Read from the store on every question, so a role given or taken in the bot counts from the next press.
 */
public final class StaffDirectory implements AdminDirectory {

    /** More than any shop's admins; alerts go to the owners and the first this many admins. */
    private static final int ALERTED_ADMINS = 200;

    private final Set<TelegramUserId> owners;
    private final StaffRepository staff;

    public StaffDirectory(Set<TelegramUserId> owners, StaffRepository staff) {
        this.owners = Set.copyOf(owners);
        this.staff = staff;
    }

    @Override
    public Optional<StaffRole> roleOf(TelegramUserId user) {
        if (owners.contains(user)) {
            return Optional.of(StaffRole.OWNER);
        }
        return staff.find(user).map(StaffMember::role);
    }

    @Override
    public boolean isAdmin(TelegramUserId user) {
        return roleOf(user).filter(role -> role.covers(StaffRole.ADMIN)).isPresent();
    }

    @Override
    public Set<TelegramUserId> admins() {
        Set<TelegramUserId> admins = new LinkedHashSet<>(owners);
        staff.page(0, ALERTED_ADMINS).stream().filter(m -> m.role().covers(StaffRole.ADMIN))
                .forEach(m -> admins.add(m.user()));
        return Set.copyOf(admins);
    }

    @Override
    public Set<TelegramUserId> owners() {
        return owners;
    }
}
