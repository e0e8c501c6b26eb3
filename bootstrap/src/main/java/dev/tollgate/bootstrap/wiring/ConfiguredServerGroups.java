package dev.tollgate.bootstrap.wiring;

import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.domain.server.ServerId;
import java.util.Map;
import java.util.Set;

/** Server groups as written under each server's {@code groups} in the configuration. */
final class ConfiguredServerGroups implements ServerGroups {

    private final Map<ServerId, Set<String>> groups;

    ConfiguredServerGroups(Map<ServerId, Set<String>> groups) {
        this.groups = Map.copyOf(groups);
    }

    @Override
    public Set<String> groupsOf(ServerId server) {
        return groups.getOrDefault(server, Set.of());
    }
}
