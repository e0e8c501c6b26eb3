package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.JobRunsContract;
import dev.tollgate.application.port.out.JobRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresJobRunsTest extends JobRunsContract {

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
    protected JobRuns jobRuns() {
        return injector.getInstance(JobRuns.class);
    }
}
