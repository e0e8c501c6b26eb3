package dev.tollgate.application.fakes;

import dev.tollgate.application.contracts.ServerRepositoryContract;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.TransactionRunner;

class InMemoryServerRepositoryTest extends ServerRepositoryContract {

    private final InMemoryServerRepository servers = new InMemoryServerRepository();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected ServerRepository servers() {
        return servers;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
