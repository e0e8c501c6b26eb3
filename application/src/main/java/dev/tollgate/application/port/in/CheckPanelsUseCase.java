package dev.tollgate.application.port.in;

/** Asks every server's panel whether it answers (and whether its core restarted) and records the outcome. */
public interface CheckPanelsUseCase {

    Result check();

    record Result(int serversUp, int serversDown, int restartsSeen) {
    }
}
