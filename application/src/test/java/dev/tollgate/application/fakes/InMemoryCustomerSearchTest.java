package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.CommerceStores;
import dev.tollgate.application.contracts.CustomerSearchContract;
import dev.tollgate.application.port.out.CustomerSearch;

/** The in-memory customer search passes the database contract, so the fake cannot lie. */
class InMemoryCustomerSearchTest extends CustomerSearchContract {

    private final CommerceStores stores = InMemoryCommerceStores.create();
    private final CustomerSearch search = new InMemoryCustomerSearch((InMemoryCustomerRepository) stores.customers(),
            (InMemoryOrderRepository) stores.orders(), (InMemorySubscriptionRepository) stores.subscriptions());

    @Override
    protected CommerceStores stores() {
        return stores;
    }

    @Override
    protected CustomerSearch search() {
        return search;
    }
}
