package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Set;

/** A fixed set of admins, as the configuration gives them. */
public final class FixedAdmins implements AdminDirectory {

    private final Set<TelegramUserId> admins;

    public FixedAdmins(TelegramUserId... admins) {
        this.admins = Set.of(admins);
    }

    @Override
    public boolean isAdmin(TelegramUserId user) {
        return admins.contains(user);
    }

    @Override
    public Set<TelegramUserId> admins() {
        return admins;
    }
}
