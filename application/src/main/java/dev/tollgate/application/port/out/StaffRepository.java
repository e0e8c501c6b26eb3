package dev.tollgate.application.port.out;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.StaffMember;
import java.util.List;
import java.util.Optional;

/** The staff an owner gave a role in the bot (admins and support); owners are not stored here. */
public interface StaffRepository {

    Optional<StaffMember> find(TelegramUserId user);

    /** Adds the member or replaces the role of one already there. */
    void save(StaffMember member);

    /** True when the user was on the staff. */
    boolean remove(TelegramUserId user);

    /** Ordered by Telegram id; {@code offset} and {@code limit} page through them. */
    List<StaffMember> page(int offset, int limit);

    int count();
}
