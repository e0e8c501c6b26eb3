package dev.tollgate.adapters.persistence;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.StoreUnavailableException;
import java.sql.SQLException;
import java.util.Locale;
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

    /**
     * Whether {@code e} is a unique violation of the named constraint. H2 names the constraint's index after it
     * ({@code UQ_X_INDEX_8}) and PostgreSQL quotes it ({@code "uq_x"}), so a case-insensitive search of the messages
     * of the cause chain finds it on both.
     */
    static boolean isUniqueViolationOf(DataAccessException e, String constraint) {
        if (!UNIQUE_VIOLATION.equals(sqlState(e))) {
            return false;
        }
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Free texts (error messages, notes) are cut to the column's size rather than fail the write that records them. */
    static String fit(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        return text.substring(0, maxLength - 1) + "…";
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
