package dev.tollgate.domain.staff;

/**
 * What a member of the shop's staff may do. The owners are the ids in the configuration; admins and support are
 * stored and given by an owner. Each role may do everything the roles below it may.
 */
public enum StaffRole {
    /** Tickets and user lookup only. */
    SUPPORT,
    /** Runs the shop: receipts, plans, users, refunds, promo codes, statistics. */
    ADMIN,
    /** Everything an admin does, plus staff and the audit log; only from the configuration. */
    OWNER;

    /** True when this role includes what {@code needed} may do. */
    public boolean covers(StaffRole needed) {
        return compareTo(needed) >= 0;
    }

    /** The roles an owner can give in the bot (owners come only from the configuration). */
    public boolean assignable() {
        return this != OWNER;
    }
}
