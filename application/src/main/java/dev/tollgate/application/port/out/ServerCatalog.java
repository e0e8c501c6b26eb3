package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Optional;

/** The servers the shop sells access to. */
public interface ServerCatalog {

    List<ServerSettings> all();

    Optional<ServerSettings> find(ServerId id);

    /** The server new trials are placed on: the one named for trials, or else the first; empty without servers. */
    Optional<ServerSettings> trialServer();

    /**
     * Whether the owner named the trial server ({@code trial.server}): then trials go there or nowhere; otherwise a
     * full first server hands them to the least-loaded one with room.
     */
    default boolean trialServerNamed() {
        return false;
    }
}
