package dev.tollgate.application.port.in;

/** Closes orders nobody paid in time, so late money is recognised as such (and goes to the wallet). */
public interface ExpireOverdueOrdersUseCase {

    Result expire(Command command);

    record Command(int batchSize) {
    }

    record Result(int expired) {
    }
}
