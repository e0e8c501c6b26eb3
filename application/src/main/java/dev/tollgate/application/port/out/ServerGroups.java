package dev.tollgate.application.port.out;

import dev.tollgate.domain.server.ServerId;
import java.util.Set;

/** The operator's named groups of servers (e.g. "germany"), which a plan may grant instead of single servers. */
public interface ServerGroups {

    /** The groups a server belongs to; empty when it belongs to none. */
    Set<String> groupsOf(ServerId server);
}
