package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelClientNotFoundException;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.Protocol;
import dev.tollgate.domain.shared.DataSize;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PanelGateway} promises, run once per implementation. Subclasses give a gateway on a panel
 * (real core or faithful fake), make it count traffic, and may override {@link #canConnect(PanelClient)} when they
 * can prove access for real. Capability-dependent tests assert the declared behaviour either way, so nothing is skipped.
 */
public abstract class PanelGatewayContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The gateway under test; the same instance for the whole test method. */
    protected abstract PanelGateway gateway();

    /** The protocol of the inbound the gateway manages. */
    protected Protocol protocol() {
        return Protocol.VLESS;
    }

    /** Whether the client can connect now; implementations that cannot tell return null to skip that check. */
    protected Boolean canConnect(PanelClient client) {
        return null;
    }

    /**
     * Makes the panel count some traffic for the client (real traffic on a real core, counters on a fake panel) and
     * returns true; an implementation that returns false fails the traffic tests instead of skipping them.
     */
    protected abstract boolean generateTraffic(PanelClient client);

    protected boolean has(PanelCapability capability) {
        return gateway().capabilities().contains(capability);
    }

    protected PanelClient newClient() {
        int n = SEQUENCE.incrementAndGet();
        String secret = protocol().usesUuid() ? UUID.randomUUID().toString() : "pw" + UUID.randomUUID().toString().replace("-", "");
        return new PanelClient("contract" + n + "-" + Long.toHexString(System.nanoTime() & 0xffffff), secret, protocol(),
                DataSize.ofGibibytes(5), Instant.parse("2031-01-01T00:00:00Z").truncatedTo(ChronoUnit.SECONDS),
                null, true, new TelegramUserId(1000 + n), "sub" + n, 0);
    }

    @Test
    public void inbounds_whenTheGatewayListsThem_includeOneOfItsProtocol_andOtherwiseAreUnsupported() {
        if (has(PanelCapability.LISTS_INBOUNDS)) {
            assertThat(gateway().inbounds()).isNotEmpty()
                    .anySatisfy(inbound -> assertThat(inbound.soldProtocol()).contains(protocol()));
        } else {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> gateway().inbounds())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    public void createClient_whenNew_startsWithNoTraffic() {
        PanelClient client = newClient();
        gateway().createClient(client);
        assertThat(gateway().usage(client).total()).isEqualTo(DataSize.ZERO);
        assertConnects(client, true);
    }

    @Test
    public void createClient_whenItAlreadyExists_isNotAnError() {
        PanelClient client = newClient();
        gateway().createClient(client);
        gateway().createClient(client);
        assertConnects(client, true);
    }

    @Test
    public void deleteClient_whenItDoesNotExist_isNotAnError() {
        gateway().deleteClient(newClient());
    }

    @Test
    public void deleteClient_afterCreate_revokesAccessAndAllowsCreatingAgain() {
        PanelClient client = newClient();
        gateway().createClient(client);
        gateway().deleteClient(client);
        assertConnects(client, false);
        gateway().deleteClient(client);
        gateway().createClient(client);
        assertConnects(client, true);
    }

    @Test
    public void disableClient_thenEnable_restoresAccess() {
        PanelClient client = newClient();
        gateway().createClient(client);
        gateway().disableClient(client.withEnabled(false));
        assertConnects(client, false);
        gateway().disableClient(client.withEnabled(false));
        gateway().enableClient(client);
        assertConnects(client, true);
    }

    @Test
    public void updateClient_whenItExists_keepsItUsable() {
        PanelClient client = newClient();
        gateway().createClient(client);
        PanelClient bigger = new PanelClient(client.email(), client.secret(), client.protocol(), DataSize.ofGibibytes(50),
                client.expiresAt().plus(30, ChronoUnit.DAYS), null, true, client.owner(), client.subscriptionKey(), 2);
        gateway().updateClient(bigger);
        assertConnects(bigger, true);
    }

    @Test
    public void updateClient_whenMissing_saysNotFoundOnPanelsThatStoreClients() {
        PanelClient missing = newClient();
        if (has(PanelCapability.PERSISTENT_CLIENTS)) {
            assertThatThrownBy(() -> gateway().updateClient(missing)).isInstanceOf(PanelClientNotFoundException.class);
        } else {
            // A bare core keeps no client records to compare with: updating means making sure the client is there.
            gateway().updateClient(missing);
            assertConnects(missing, true);
        }
    }

    @Test
    public void usage_afterTraffic_countsItForThatClientOnly() {
        PanelClient client = newClient();
        PanelClient bystander = newClient();
        gateway().createClient(client);
        gateway().createClient(bystander);
        assertThat(generateTraffic(client)).as("the implementation can generate traffic").isTrue();
        assertThat(gateway().usage(client).total().bytes()).isPositive();
        assertThat(gateway().usage(bystander)).isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void resetTraffic_setsUsageBackToZero() {
        PanelClient client = newClient();
        gateway().createClient(client);
        assertThat(generateTraffic(client)).as("the implementation can generate traffic").isTrue();
        gateway().resetTraffic(client);
        assertThat(gateway().usage(client)).isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void usageOfAll_answersExactlyWhenTheCapabilityIsDeclared() {
        if (has(PanelCapability.LISTS_USAGE)) {
            assertThat(gateway().usageOfAll()).isNotNull();
        } else {
            assertThatThrownBy(() -> gateway().usageOfAll()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    public void usageOfAll_afterTraffic_listsEachClientAsItsOwnUsageDoes() {
        if (!has(PanelCapability.LISTS_USAGE)) {
            return;
        }
        PanelClient client = newClient();
        PanelClient bystander = newClient();
        gateway().createClient(client);
        gateway().createClient(bystander);
        assertThat(generateTraffic(client)).as("the implementation can generate traffic").isTrue();

        java.util.Map<String, TrafficUsage> all = gateway().usageOfAll();

        TrafficUsage listed = all.get(client.email().toLowerCase(java.util.Locale.ROOT));
        assertThat(listed).as("%s in %s", client.email(), all.keySet()).isNotNull();
        assertThat(listed.total().bytes()).isPositive();
        assertThat(listed).isEqualTo(gateway().usage(client));
        assertThat(all.getOrDefault(bystander.email().toLowerCase(java.util.Locale.ROOT), TrafficUsage.NONE))
                .isEqualTo(TrafficUsage.NONE);
    }

    @Test
    public void listClients_answersExactlyWhenTheCapabilityIsDeclared() {
        if (has(PanelCapability.LISTS_CLIENTS)) {
            assertThat(gateway().listClients()).isNotNull();
        } else {
            assertThatThrownBy(() -> gateway().listClients()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    public void listClients_showsEachClientInOurUnitsAndADisabledOneAsDisabled() {
        if (!has(PanelCapability.LISTS_CLIENTS)) {
            return;
        }
        PanelClient client = newClient();
        PanelClient disabled = newClient();
        gateway().createClient(client);
        gateway().createClient(disabled);
        gateway().disableClient(disabled);

        java.util.Map<String, dev.tollgate.application.port.out.ListedClient> listed = new java.util.HashMap<>();
        gateway().listClients().forEach(c -> listed.put(c.email().toLowerCase(java.util.Locale.ROOT), c));

        var ours = listed.get(client.email().toLowerCase(java.util.Locale.ROOT));
        assertThat(ours).as("%s in %s", client.email(), listed.keySet()).isNotNull();
        assertThat(ours.enabled()).isTrue();
        assertThat(ours.quota()).isEqualTo(client.quota());
        assertThat(ours.expiresAt()).isEqualTo(client.expiresAt());
        assertThat(ours.deviceLimit()).isIn(-1, client.deviceLimit());
        assertThat(listed.get(disabled.email().toLowerCase(java.util.Locale.ROOT)).enabled()).isFalse();
    }

    @Test
    public void health_whenThePanelAnswers_isReachable() {
        PanelHealth health = gateway().health();
        assertThat(health.reachable()).as(health.detail()).isTrue();
    }

    @Test
    public void subscriptionUrl_isOfferedExactlyWhenTheCapabilityIsDeclared() {
        PanelClient client = newClient();
        gateway().createClient(client);
        assertThat(gateway().subscriptionUrl(client).isPresent()).isEqualTo(has(PanelCapability.SUBSCRIPTION_URL));
    }

    @Test
    public void onlineClients_answersExactlyWhenTheCapabilityIsDeclared() {
        if (has(PanelCapability.ONLINE_CLIENTS)) {
            assertThat(gateway().onlineClients()).isNotNull();
        } else {
            assertThatThrownBy(() -> gateway().onlineClients()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    public void readClient_answersExactlyWhenTheCapabilityIsDeclared() {
        PanelClient client = newClient();
        gateway().createClient(client);
        if (!has(PanelCapability.READS_CLIENTS)) {
            assertThatThrownBy(() -> gateway().readClient(client.email())).isInstanceOf(UnsupportedOperationException.class);
            return;
        }
        var details = gateway().readClient(client.email()).orElseThrow();

        assertThat(details.secret()).isEqualTo(client.secret());
        assertThat(details.quota()).isEqualTo(client.quota());
        assertThat(details.expiresAt()).isEqualTo(client.expiresAt());
        assertThat(details.enabled()).isTrue();
        assertThat(gateway().readClient("nobody-" + client.email())).isEmpty();
    }

    @Test
    public void createClient_onAListingPanel_leavesTheOwnershipMarkInTheClientsNote() {
        if (!has(PanelCapability.LISTS_CLIENTS)) {
            return;
        }
        PanelClient client = newClient();
        gateway().createClient(client);

        assertThat(gateway().listClients()).filteredOn(c -> c.email().equalsIgnoreCase(client.email())).singleElement()
                .satisfies(c -> assertThat(dev.tollgate.application.port.out.OwnershipMark.isMarked(c.note()))
                        .as("note '%s'", c.note()).isTrue());
        // A client that carries the mark already is not written again.
        assertThat(gateway().markOwned(client.email())).isFalse();
    }

    @Test
    public void devicesOnline_answersExactlyWhenTheCapabilityIsDeclared() {
        PanelClient client = newClient();
        gateway().createClient(client);
        if (has(PanelCapability.ONLINE_DEVICES)) {
            assertThat(gateway().devicesOnline(client)).isZero();
        } else {
            assertThatThrownBy(() -> gateway().devicesOnline(client)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    private void assertConnects(PanelClient client, boolean expected) {
        Boolean connects = canConnect(client);
        if (connects != null) {
            assertThat(connects).as("client %s can connect", client.email()).isEqualTo(expected);
        }
    }
}
