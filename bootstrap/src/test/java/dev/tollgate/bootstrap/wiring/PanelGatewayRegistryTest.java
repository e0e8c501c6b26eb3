package dev.tollgate.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.fakes.InMemoryPanelGatewayFactory;
import dev.tollgate.application.fakes.InMemoryServerRepository;
import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Two instances share the stored servers: the one where an admin edits a server forgets its gateway at once, the
 * other reads the stored settings again after {@link PanelGatewayRegistry#REFRESH} and reopens only what changed.
 */
class PanelGatewayRegistryTest {

    private static final ServerId ID = new ServerId("de-2");

    private final InMemoryServerRepository stored = new InMemoryServerRepository();
    private final InMemoryPanelGatewayFactory factory = new InMemoryPanelGatewayFactory();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final PanelGatewayRegistry other = new PanelGatewayRegistry(
            new ConfiguredServers(List.of(), stored, Optional.empty()), Set.of(factory), nanos::get);

    private static ServerSettings server(String address) {
        return new ServerSettings(ID, "3x-ui", "Frankfurt 2", Protocol.VLESS, new PanelConnection(address, "1",
                InMemoryPanelGatewayFactory.USER, new Secret(InMemoryPanelGatewayFactory.PASSWORD), null, Map.of()),
                new PublicEndpoint("de2.example.com", 443, Map.of()));
    }

    @Test
    void anEditStoredByAnotherInstance_isUsedWithinTheRefreshPeriod_andTheOldGatewayIsClosed() {
        stored.save(server("https://old.example.com:2053/base/"));
        PanelGateway first = other.forServer(ID);

        stored.save(server("https://new.example.com:2053/base/"));
        nanos.addAndGet(PanelGatewayRegistry.REFRESH.toNanos() - 1);
        assertThat(other.forServer(ID)).as("within the period the gateway is kept").isSameAs(first);
        nanos.addAndGet(1);
        PanelGateway second = other.forServer(ID);

        assertThat(second).isNotSameAs(first);
        assertThat(factory.opened()).isEqualTo(2);
        assertThat(factory.closed()).isEqualTo(1);
    }

    @Test
    void anUnchangedServer_keepsItsGatewayAfterTheRefreshPeriod() {
        stored.save(server("https://old.example.com:2053/base/"));
        PanelGateway first = other.forServer(ID);

        nanos.addAndGet(PanelGatewayRegistry.REFRESH.toNanos() * 3);

        assertThat(other.forServer(ID)).isSameAs(first);
        assertThat(factory.opened()).isEqualTo(1);
        assertThat(factory.closed()).isZero();
    }

    @Test
    void aServerRemovedByAnotherInstance_isClosedAfterTheRefreshPeriod_andNoLongerServed() {
        stored.save(server("https://old.example.com:2053/base/"));
        other.forServer(ID);
        stored.delete(ID);

        nanos.addAndGet(PanelGatewayRegistry.REFRESH.toNanos());

        assertThatThrownBy(() -> other.forServer(ID)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de-2");
        assertThat(factory.closed()).isEqualTo(1);
    }
}
