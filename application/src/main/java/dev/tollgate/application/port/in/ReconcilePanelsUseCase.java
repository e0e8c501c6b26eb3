package dev.tollgate.application.port.in;

/** Checks every server's panel and re-applies the clients a restarted core has forgotten. */
public interface ReconcilePanelsUseCase {

    Result reconcile();

    record Result(int serversUp, int serversDown, int clientsReapplied) {
    }
}
