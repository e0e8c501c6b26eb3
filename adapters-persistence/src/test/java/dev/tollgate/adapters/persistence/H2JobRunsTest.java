package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.JobRunsContract;
import dev.tollgate.application.port.out.JobRuns;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2JobRunsTest extends JobRunsContract {

    @TempDir
    static Path directory;
    private static Injector injector;

    @BeforeAll
    static void start() {
        injector = TestDatabases.h2(directory);
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
