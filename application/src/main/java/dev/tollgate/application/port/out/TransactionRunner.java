package dev.tollgate.application.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction; repositories called inside join it. */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
