package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ServerGroups;
import dev.tollgate.domain.server.ServerId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Server groups set up by the test. */
public final class FixedServerGroups implements ServerGroups {

    private final Map<ServerId, Set<String>> groups = new HashMap<>();

    public FixedServerGroups put(String server, String group) {
        groups.computeIfAbsent(new ServerId(server), s -> new HashSet<>()).add(group);
        return this;
    }

    @Override
    public Set<String> groupsOf(ServerId server) {
        return Set.copyOf(groups.getOrDefault(server, Set.of()));
    }
}
