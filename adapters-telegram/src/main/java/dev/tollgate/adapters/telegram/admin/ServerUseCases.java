package dev.tollgate.adapters.telegram.admin;

import dev.tollgate.application.port.in.ListServersUseCase;
import dev.tollgate.application.port.in.ProbeServerUseCase;
import dev.tollgate.application.port.in.RemoveServerUseCase;
import dev.tollgate.application.port.in.SaveServerUseCase;
import java.util.Objects;

/** The use cases behind the servers' screens. */
public record ServerUseCases(ListServersUseCase list, ProbeServerUseCase probe, SaveServerUseCase save,
                             RemoveServerUseCase remove) {

    public ServerUseCases {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(remove, "remove");
    }
}
