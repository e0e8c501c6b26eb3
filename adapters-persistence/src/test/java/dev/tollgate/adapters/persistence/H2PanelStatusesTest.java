package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.PanelStatusesContract;
import dev.tollgate.application.port.out.PanelStatuses;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2PanelStatusesTest extends PanelStatusesContract {

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
    protected PanelStatuses statuses() {
        return injector.getInstance(PanelStatuses.class);
    }
}
