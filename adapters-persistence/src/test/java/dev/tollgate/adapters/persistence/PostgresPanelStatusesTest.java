package dev.tollgate.adapters.persistence;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.PanelStatusesContract;
import dev.tollgate.application.port.out.PanelStatuses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresPanelStatusesTest extends PanelStatusesContract {

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
    protected PanelStatuses statuses() {
        return injector.getInstance(PanelStatuses.class);
    }
}
