package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Every commerce contract, and the races only a database can show, on a real PostgreSQL server. */
class PostgresCommerceStoresTest extends JooqCommerceStoresSuite {

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
