package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PanelConnection;
import dev.tollgate.application.port.out.PublicEndpoint;
import dev.tollgate.application.port.out.Secret;
import dev.tollgate.application.port.out.ServerRepository;
import dev.tollgate.application.port.out.ServerSettings;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.server.ServerId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ServerRepository} promises. */
public abstract class ServerRepositoryContract {

    protected abstract ServerRepository servers();

    protected abstract TransactionRunner transactions();

    protected static ServerSettings server(String id, String password) {
        return new ServerSettings(new ServerId(id), "3x-ui", "Panel " + id + " ✓", Protocol.TROJAN,
                new PanelConnection("https://panel.example.com:2053/base/", "3,4", "admin", new Secret(password),
                        new Secret("token-" + password), Map.of("subscriptionBaseUrl", "https://sub.example.com/sub/")),
                new PublicEndpoint("vpn.example.com", 8443, Map.of("security", "tls", "sni", "vpn.example.com")));
    }

    protected static String newId() {
        return "s-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    public void save_thenFind_keepsEveryFieldIncludingSecrets() {
        ServerSettings server = server(newId(), "p@ss wörd");
        transactions().run(() -> servers().save(server));
        assertThat(servers().findById(server.id())).contains(server);
        assertThat(servers().findAll()).contains(server);
    }

    @Test
    public void save_withCapacityAndClosedSales_keepsBoth() {
        ServerSettings server = server(newId(), "x").withCapacity(250, false);
        transactions().run(() -> servers().save(server));
        assertThat(servers().findById(server.id())).hasValueSatisfying(found -> {
            assertThat(found.maxClients()).isEqualTo(250);
            assertThat(found.salesOpen()).isFalse();
        });
        transactions().run(() -> servers().save(server.withCapacity(0, true)));
        assertThat(servers().findById(server.id())).hasValueSatisfying(found -> {
            assertThat(found.maxClients()).isZero();
            assertThat(found.salesOpen()).isTrue();
        });
    }

    @Test
    public void save_withLinkParametersReadFromThePanel_keepsThemApartFromTheTypedOnes() {
        ServerSettings plain = server(newId(), "x");
        ServerSettings server = new ServerSettings(plain.id(), plain.kind(), plain.displayName(), plain.protocol(),
                plain.connection(), plain.endpoint().withPanelParameters(Map.of("security", "reality", "pbk",
                "Z84J2IelR9ch3k8VtlVhhs5ycBUlXA7wHBWcBrjqnAw", "sid", "6ba85179e30d4fc2", "sni", "yahoo.com")), 0, true);
        transactions().run(() -> servers().save(server));
        assertThat(servers().findById(server.id())).hasValueSatisfying(found -> {
            assertThat(found).isEqualTo(server);
            assertThat(found.endpoint().typedParameters()).containsOnlyKeys("security", "sni");
            assertThat(found.endpoint().linkParameters()).containsEntry("security", "tls")
                    .containsEntry("sni", "vpn.example.com").containsEntry("sid", "6ba85179e30d4fc2");
        });
    }

    @Test
    public void save_withTheSameId_replacesTheServer() {
        String id = newId();
        transactions().run(() -> servers().save(server(id, "old")));
        ServerSettings changed = server(id, "new");
        transactions().run(() -> servers().save(changed));
        assertThat(servers().findById(changed.id())).contains(changed);
        assertThat(servers().findAll().stream().filter(s -> s.id().equals(changed.id()))).hasSize(1);
    }

    @Test
    public void delete_removesTheServerAndIsIdempotent() {
        ServerSettings server = server(newId(), "x");
        transactions().run(() -> servers().save(server));
        transactions().run(() -> servers().delete(server.id()));
        transactions().run(() -> servers().delete(server.id()));
        assertThat(servers().findById(server.id())).isEmpty();
    }
}
