package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.UpdateInboxContract;
import dev.tollgate.application.port.out.UpdateInbox;

/** The in-memory inbox passes the same contract as the database one, so the fake cannot lie. */
class InMemoryUpdateInboxTest extends UpdateInboxContract {

    @Override
    protected UpdateInbox emptyInbox() {
        return new InMemoryUpdateInbox();
    }
}
