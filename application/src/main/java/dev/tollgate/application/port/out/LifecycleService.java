package dev.tollgate.application.port.out;

/**
 * Something the application starts after its object graph is built and stops at shutdown: the database pool and
 * migrations, panel channels, the bots, the jobs. Lower phases start first and stop last.
 */
public interface LifecycleService {

    int PHASE_STORAGE = 0;
    int PHASE_PANELS = 10;
    int PHASE_JOBS = 20;
    int PHASE_FRONTENDS = 30;

    String name();

    int phase();

    void start();

    void stop();
}
