package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.CommerceStoresSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** Every commerce contract, and the races only a database can show, on a real PostgreSQL server. */
class PostgresCommerceStoresTest extends CommerceStoresSuite {

    private static Injector injector;
    private static CommerceStores stores;

    @BeforeAll
    static void start() {
        injector = TestDatabases.postgres();
        stores = JooqCommerceStores.of(injector);
    }

    @AfterAll
    static void stop() {
        TestDatabases.stop(injector);
    }

    @Override
    protected CommerceStores commerceStores() {
        return stores;
    }

    @Nested
    class DueReminders extends JooqDueRemindersContract {
        @Override
        protected Injector injector() {
            return injector;
        }
    }

    @Nested
    class Races extends JooqCommerceStoreRaces {
        @Override
        protected CommerceStores stores() {
            return stores;
        }

        @Override
        protected Injector injector() {
            return injector;
        }
    }
}
