package dev.tollgate.adapters.persistence;

import dev.tollgate.application.port.out.TransactionRunner;
import java.util.function.Supplier;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** One database transaction per call; repositories share the thread-bound connection, so they join it. */
final class JooqTransactionRunner implements TransactionRunner {

    private final DSLContext dsl;

    @Inject
    JooqTransactionRunner(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return dsl.transactionResult(configuration -> work.get());
        } catch (DataAccessException e) {
            throw Errors.translated("transaction", e);
        }
    }
}
