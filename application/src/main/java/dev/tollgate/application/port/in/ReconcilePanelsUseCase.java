package dev.tollgate.application.port.in;

/**
 * Checks every server's panel, re-applies the clients a restarted core has forgotten, and puts panels that list
 * their clients back in line with the shop (drift repaired; foreign clients never touched).
 */
public interface ReconcilePanelsUseCase {

    Result reconcile();

    record Result(int serversUp, int serversDown, int clientsReapplied, int driftRepaired) {

        public Result(int serversUp, int serversDown, int clientsReapplied) {
            this(serversUp, serversDown, clientsReapplied, 0);
        }
    }
}
