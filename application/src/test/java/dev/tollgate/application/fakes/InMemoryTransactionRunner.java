package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs work directly, counting transactions; the in-memory repositories need no rollback for these tests. */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private int transactions;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public synchronized int transactions() {
        return transactions;
    }
}
