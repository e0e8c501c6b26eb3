package dev.tollgate.adapters.persistence;

import java.sql.Savepoint;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Runs a write that may be refused (unique key) inside a savepoint when a transaction is open. PostgreSQL aborts the
 * whole transaction on a failed statement, while H2 and the in-memory stores do not; with the savepoint a service
 * that catches the port's exception (a ConcurrentUpdateException it retries, a DuplicateKeyException meaning "done
 * already") can go on with its transaction on both databases.
 */
final class Savepoints {

    private Savepoints() {
    }

    /** {@code write} gets a context bound to the connection in hand, so no second pool connection is taken. */
    static void guarded(DSLContext dsl, Consumer<DSLContext> write) {
        dsl.connection(connection -> {
            DSLContext bound = DSL.using(dsl.configuration().derive(new DefaultConnectionProvider(connection)));
            if (connection.getAutoCommit()) {
                write.accept(bound);
                return;
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                write.accept(bound);
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
            connection.releaseSavepoint(savepoint);
        });
    }
}
