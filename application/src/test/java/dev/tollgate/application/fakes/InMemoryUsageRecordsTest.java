package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.UsageRecordsContract;
import dev.tollgate.application.port.out.UsageRecords;

class InMemoryUsageRecordsTest extends UsageRecordsContract {

    private final InMemoryUsageRecords records = new InMemoryUsageRecords();

    @Override
    protected UsageRecords records() {
        return records;
    }
}
