package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.PanelStatusesContract;
import dev.tollgate.application.port.out.PanelStatuses;

class InMemoryPanelStatusesTest extends PanelStatusesContract {

    private final InMemoryPanelStatuses statuses = new InMemoryPanelStatuses();

    @Override
    protected PanelStatuses statuses() {
        return statuses;
    }
}
