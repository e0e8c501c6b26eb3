package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.in.CheckReadinessUseCase.PanelSummary;
import dev.tollgate.application.port.in.ReconcilePanelsUseCase;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The outcome of the last panel check, kept so readiness and metrics report it without calling a panel. */
public final class PanelCheckLog {

    private final AtomicReference<PanelSummary> last = new AtomicReference<>();

    Optional<PanelSummary> last() {
        return Optional.ofNullable(last.get());
    }

    /** Wraps the reconcile use case so every run, whoever schedules it, is recorded. */
    public ReconcilePanelsUseCase recording(ReconcilePanelsUseCase reconcile, Clock clock) {
        return () -> {
            ReconcilePanelsUseCase.Result result = reconcile.reconcile();
            last.set(new PanelSummary(result.serversUp(), result.serversDown(), clock.instant()));
            return result;
        };
    }
}
