package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.AdminDirectory;
import dev.tollgate.domain.customer.TelegramUserId;
import java.util.Set;
import java.util.stream.Collectors;

/** The admins named in TOLLGATE_ADMIN_IDS; nobody else can use an admin use case, whatever they send. */
final class ConfiguredAdmins implements AdminDirectory {

    private final Set<TelegramUserId> admins;

    ConfiguredAdmins(Set<Long> ids) {
        this.admins = ids.stream().map(TelegramUserId::new).collect(Collectors.toUnmodifiableSet());
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
