package dev.tollgate.adapters.persistence;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.StoreUnavailableException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/** Translates jOOQ's exceptions into the ports' exceptions, so no library exception leaves the adapter. */
final class Errors {

    private static final String UNIQUE_VIOLATION = "23505";

    private Errors() {
    }

    static <T> T translate(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException e) {
            throw translated(what, e);
        }
    }

    static void translate(String what, Runnable call) {
        translate(what, () -> {
            call.run();
            return null;
        });
    }

    static RuntimeException translated(String what, DataAccessException e) {
        if (UNIQUE_VIOLATION.equals(sqlState(e))) {
            return new DuplicateKeyException(what + ": the key exists already", e);
        }
        return new StoreUnavailableException(what + " failed: " + e.getMessage(), e);
    }

    private static String sqlState(DataAccessException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            cause = cause.getCause();
        }
        return e.sqlState();
    }
}
