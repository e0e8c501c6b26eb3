package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.BroadcastStoresContract;
import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.application.port.out.Broadcasts;

/** The in-memory broadcast store and audience pass the database contract, so the fakes cannot lie. */
class InMemoryBroadcastStoresTest extends BroadcastStoresContract {

    private final CommerceStores stores = InMemoryCommerceStores.create();
    private final BroadcastAudience audience = new InMemoryBroadcastAudience((InMemoryCustomerRepository) stores.customers(),
            stores.subscriptions(), stores.orders());

    @Override
    protected CommerceStores stores() {
        return stores;
    }

    @Override
    protected Broadcasts emptyBroadcasts() {
        return new InMemoryBroadcasts();
    }

    @Override
    protected BroadcastAudience audience() {
        return audience;
    }
}
