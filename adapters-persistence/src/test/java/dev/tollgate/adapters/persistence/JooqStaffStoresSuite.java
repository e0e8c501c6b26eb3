package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.AUDIT_LOG;
import static dev.tollgate.adapters.persistence.generated.Tables.STAFF_MEMBERS;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.CustomerSearchContract;
import dev.tollgate.application.contracts.StaffStoresContract;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.application.port.out.CustomerSearch;
import dev.tollgate.application.port.out.StaffRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;

/** The back office's stores (staff, audit log, customer search) against their contracts; once per database. */
abstract class JooqStaffStoresSuite {

    /** The started persistence module of the database under test. */
    protected abstract Injector injector();

    @Nested
    class Staff extends StaffStoresContract {
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

        @Override
        protected dev.tollgate.application.port.out.Tickets emptyTickets() {
            DSLContext dsl = injector().getInstance(DSLContext.class);
            dsl.deleteFrom(dev.tollgate.adapters.persistence.generated.Tables.SUPPORT_MESSAGES).execute();
            dsl.deleteFrom(dev.tollgate.adapters.persistence.generated.Tables.SUPPORT_TICKETS).execute();
            return injector().getInstance(dev.tollgate.application.port.out.Tickets.class);
        }

        @Override
        protected dev.tollgate.application.port.out.PlanSeeds planSeeds() {
            return injector().getInstance(dev.tollgate.application.port.out.PlanSeeds.class);
        }
    }

    @Nested
    class Settings extends dev.tollgate.application.contracts.SettingsStoreContract {
        @Override
        protected dev.tollgate.application.port.out.SettingsStore emptyStore() {
            injector().getInstance(DSLContext.class).deleteFrom(dev.tollgate.adapters.persistence.generated.Tables.SHOP_SETTINGS)
                    .execute();
            return injector().getInstance(dev.tollgate.application.port.out.SettingsStore.class);
        }
    }

    @Nested
    class Search extends CustomerSearchContract {
        @Override
        protected CommerceStores stores() {
            return JooqCommerceStores.of(injector());
        }

        @Override
        protected CustomerSearch search() {
            return injector().getInstance(CustomerSearch.class);
        }
    }

    @Nested
    class Uses extends dev.tollgate.application.contracts.PromoCodeUsesContract {
        @Override
        protected CommerceStores stores() {
            return JooqCommerceStores.of(injector());
        }

        @Override
        protected dev.tollgate.application.port.out.PromoCodeUses uses() {
            return injector().getInstance(dev.tollgate.application.port.out.PromoCodeUses.class);
        }
    }

    @Nested
    class BroadcastStores extends dev.tollgate.application.contracts.BroadcastStoresContract {
        @Override
        protected CommerceStores stores() {
            return JooqCommerceStores.of(injector());
        }

        @Override
        protected dev.tollgate.application.port.out.Broadcasts emptyBroadcasts() {
            DSLContext dsl = injector().getInstance(DSLContext.class);
            dsl.deleteFrom(dev.tollgate.adapters.persistence.generated.Tables.BROADCAST_DELIVERIES).execute();
            dsl.deleteFrom(dev.tollgate.adapters.persistence.generated.Tables.BROADCASTS).execute();
            return injector().getInstance(dev.tollgate.application.port.out.Broadcasts.class);
        }

        @Override
        protected dev.tollgate.application.port.out.BroadcastAudience audience() {
            return injector().getInstance(dev.tollgate.application.port.out.BroadcastAudience.class);
        }
    }

    @Nested
    class Growth extends dev.tollgate.application.contracts.GrowthFiguresContract {
        @Override
        protected CommerceStores stores() {
            return JooqCommerceStores.of(injector());
        }

        @Override
        protected dev.tollgate.application.port.out.GrowthFigures growth() {
            return injector().getInstance(dev.tollgate.application.port.out.GrowthFigures.class);
        }
    }
}
