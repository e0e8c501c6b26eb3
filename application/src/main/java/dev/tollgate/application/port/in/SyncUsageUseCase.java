package dev.tollgate.application.port.in;

/** Reads every live subscription's traffic from its server's panel, in one call per panel where it can list usage. */
public interface SyncUsageUseCase {

    Result sync();

    /** {@code panelCalls} counts the calls to the panels, to show that a listing panel is asked once. */
    record Result(int serversSynced, int serversFailed, int subscriptionsSynced, int panelCalls) {
    }
}
