package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The staff and the audit log on a real PostgreSQL server. */
class PostgresStaffStoresTest extends JooqStaffStoresSuite {

    private static Injector injector;

    @BeforeAll
    static void start() {
        injector = TestDatabases.postgres();
    }

    @AfterAll
    static void stop() {
        TestDatabases.stop(injector);
    }

    @Override
    protected Injector injector() {
        return injector;
    }
}
