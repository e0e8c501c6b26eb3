package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.JobRunsContract;
import dev.tollgate.application.port.out.JobRuns;

class InMemoryJobRunsTest extends JobRunsContract {

    private final InMemoryJobRuns runs = new InMemoryJobRuns();

    @Override
    protected JobRuns jobRuns() {
        return runs;
    }
}
