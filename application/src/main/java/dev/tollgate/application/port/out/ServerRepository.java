package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Optional;

/** Servers that admins added at run time; their panel passwords and tokens are stored encrypted. */
public interface ServerRepository {

    List<ServerSettings> findAll();

    Optional<ServerSettings> findById(ServerId id);

    /** Inserts the server, or replaces the stored one with the same id. */
    void save(ServerSettings server);

    /** Removes the server; removing one that is not stored is not an error. */
    void delete(ServerId id);
}
