package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The staff and the audit log on H2 in file mode. */
class H2StaffStoresTest extends JooqStaffStoresSuite {

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
    protected Injector injector() {
        return injector;
    }
}
