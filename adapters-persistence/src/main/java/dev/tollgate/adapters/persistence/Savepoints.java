package dev.tollgate.adapters.persistence;

import java.sql.Savepoint;
import org.jooq.DSLContext;

/**
 * Runs a write that may be refused (unique key) inside a savepoint when a transaction is open. PostgreSQL aborts the
 * whole transaction on a failed statement, while H2 and the in-memory stores do not; with the savepoint a service
 * that catches the port's exception (a ConcurrentUpdateException it retries, a DuplicateKeyException meaning "done
 * already") can go on with its transaction on both databases.
 */
final class Savepoints {

    private Savepoints() {
    }

    static void guarded(DSLContext dsl, Runnable write) {
        dsl.connection(connection -> {
            if (connection.getAutoCommit()) {
                write.run();
                return;
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                write.run();
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
            connection.releaseSavepoint(savepoint);
        });
    }
}
