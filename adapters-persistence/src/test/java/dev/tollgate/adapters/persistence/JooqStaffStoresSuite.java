package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.AUDIT_LOG;
import static dev.tollgate.adapters.persistence.generated.Tables.STAFF_MEMBERS;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.StaffStoresContract;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.StaffRepository;
import org.jooq.DSLContext;

/** The back office's stores (staff, audit log) against their contract; once per database. */
abstract class JooqStaffStoresSuite extends StaffStoresContract {

    /** The started persistence module of the database under test. */
    protected abstract Injector injector();

    @Override
    protected StaffRepository emptyStaff() {
        injector().getInstance(DSLContext.class).deleteFrom(STAFF_MEMBERS).execute();
        return injector().getInstance(StaffRepository.class);
    }

    @Override
    protected AuditLog emptyAuditLog() {
        injector().getInstance(DSLContext.class).deleteFrom(AUDIT_LOG).execute();
        return injector().getInstance(AuditLog.class);
    }
}
