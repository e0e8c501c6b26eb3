package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Optional;

/** The servers the shop sells access to. */
public interface ServerCatalog {

    List<ServerSettings> all();

    Optional<ServerSettings> find(ServerId id);

    /** The server new trials are placed on, if any is configured. */
    Optional<ServerSettings> trialServer();
}
