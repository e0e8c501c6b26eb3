package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Servers in a sorted map. */
public final class InMemoryServerRepository implements ServerRepository {

    private final Map<String, ServerSettings> servers = new ConcurrentSkipListMap<>();

    @Override
    public List<ServerSettings> findAll() {
        return List.copyOf(servers.values());
    }

    @Override
    public Optional<ServerSettings> findById(ServerId id) {
        return Optional.ofNullable(servers.get(id.value()));
    }

    @Override
    public void save(ServerSettings server) {
        servers.put(server.id().value(), server);
    }

    @Override
    public void delete(ServerId id) {
        servers.remove(id.value());
    }
}
