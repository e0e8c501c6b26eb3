package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Telegram edge's stores and their races on a real PostgreSQL server. */
class PostgresEdgeStoresTest extends JooqEdgeStoresSuite {

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
