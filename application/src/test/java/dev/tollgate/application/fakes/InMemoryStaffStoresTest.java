package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.StaffStoresContract;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.StaffRepository;

/** The in-memory staff store and audit log pass the database contract, so the fakes cannot lie. */
class InMemoryStaffStoresTest extends StaffStoresContract {

    @Override
    protected StaffRepository emptyStaff() {
        return new InMemoryStaffRepository();
    }

    @Override
    protected AuditLog emptyAuditLog() {
        return new InMemoryAuditLog();
    }

    private final InMemoryPlanSeeds seeds = new InMemoryPlanSeeds();

    @Override
    protected dev.tollgate.application.port.out.Tickets emptyTickets() {
        return new InMemoryTickets();
    }

    @Override
    protected dev.tollgate.application.port.out.PlanSeeds planSeeds() {
        return seeds;
    }
}
