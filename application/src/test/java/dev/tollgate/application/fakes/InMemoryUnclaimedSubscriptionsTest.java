package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.UnclaimedSubscriptionsContract;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;

class InMemoryUnclaimedSubscriptionsTest extends UnclaimedSubscriptionsContract {

    private final InMemoryUnclaimedSubscriptions store = new InMemoryUnclaimedSubscriptions();

    @Override
    protected UnclaimedSubscriptions store() {
        return store;
    }
}
