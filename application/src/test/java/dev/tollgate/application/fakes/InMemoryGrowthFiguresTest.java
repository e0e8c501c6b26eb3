package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.GrowthFiguresContract;
import dev.tollgate.application.port.out.GrowthFigures;

/** The in-memory growth figures pass the database contract, so the fake cannot lie. */
class InMemoryGrowthFiguresTest extends GrowthFiguresContract {

    private final CommerceStores stores = InMemoryCommerceStores.create();
    private final GrowthFigures growth = new InMemoryGrowthFigures((InMemoryCustomerRepository) stores.customers(),
            stores.subscriptions(), stores.orders(), stores.payments());

    @Override
    protected CommerceStores stores() {
        return stores;
    }

    @Override
    protected GrowthFigures growth() {
        return growth;
    }
}
