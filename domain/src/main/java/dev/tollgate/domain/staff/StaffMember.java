package dev.tollgate.domain.staff;

import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Instant;
import java.util.Objects;

/** A member of the staff stored in the shop: who, in which role, given by whom and when. */
public record StaffMember(TelegramUserId user, StaffRole role, TelegramUserId addedBy, Instant addedAt) {

    public StaffMember {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
        if (!role.assignable()) {
            throw new IllegalArgumentException("owners come from the configuration, not from the staff list: " + user);
        }
    }
}
