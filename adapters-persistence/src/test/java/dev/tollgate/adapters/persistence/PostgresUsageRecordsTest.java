package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.UsageRecordsContract;
import dev.tollgate.application.port.out.UsageRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresUsageRecordsTest extends UsageRecordsContract {

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
    protected UsageRecords records() {
        return injector.getInstance(UsageRecords.class);
    }
}
