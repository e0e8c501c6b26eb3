package dev.tollgate.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.PanelCapability;
import dev.tollgate.application.port.out.PanelClient;
import dev.tollgate.application.port.out.PanelGateway;
import dev.tollgate.application.port.out.PanelHealth;
import dev.tollgate.application.port.out.PanelUnavailableException;
import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.domain.server.ServerId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimedPanelGatewaysTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();

    /** A panel that takes 5 ms (by the test's clock) per call, is down, and refuses to create clients. */
    private final PanelGateway failing = new PanelGateway() {
        @Override
        public Set<PanelCapability> capabilities() {
            return Set.of();
        }

        @Override
        public void createClient(PanelClient client) {
            nanos.addAndGet(5_000_000);
            throw new PanelUnavailableException("connection refused to https://panel.example/secret-path", null);
        }

        @Override
        public void updateClient(PanelClient client) {
        }

        @Override
        public void enableClient(PanelClient client) {
        }

        @Override
        public void disableClient(PanelClient client) {
            nanos.addAndGet(5_000_000);
        }

        @Override
        public void deleteClient(PanelClient client) {
        }

        @Override
        public TrafficUsage usage(PanelClient client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resetTraffic(PanelClient client) {
        }

        @Override
        public PanelHealth health() {
            return PanelHealth.down("no answer");
        }
    };

    @Test
    void panelCalls_areTimedPerServerOperationAndOutcome() {
        TimedPanelGateways gateways = new TimedPanelGateways(server -> failing, registry, nanos::get);
        PanelGateway gateway = gateways.forServer(new ServerId("de-1"));

        gateway.disableClient(null);
        gateway.disableClient(null);
        assertThatThrownBy(() -> gateway.createClient(null)).isInstanceOf(PanelUnavailableException.class);
        gateway.health();

        Timer disabled = registry.get("tollgate.panel.calls")
                .tags("server", "de-1", "operation", "disable_client", "outcome", "ok").timer();
        assertThat(disabled.count()).isEqualTo(2);
        assertThat(disabled.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10.0);
        assertThat(registry.get("tollgate.panel.calls")
                .tags("server", "de-1", "operation", "create_client", "outcome", "unavailable").timer().count()).isEqualTo(1);
        assertThat(registry.get("tollgate.panel.calls")
                .tags("server", "de-1", "operation", "health", "outcome", "down").timer().count()).isEqualTo(1);
    }

    @Test
    void panelCallLabels_neverCarryTheErrorMessageOrAddress() {
        TimedPanelGateways gateways = new TimedPanelGateways(server -> failing, registry, nanos::get);
        assertThatThrownBy(() -> gateways.forServer(new ServerId("de-1")).createClient(null))
                .isInstanceOf(PanelUnavailableException.class);

        assertThat(registry.getMeters()).flatMap(meter -> meter.getId().getTags())
                .allSatisfy(tag -> assertThat(tag.getValue()).doesNotContain("panel.example", "secret-path", "refused"));
    }

    @Test
    void forServer_returnsTheSameWrapperWhileTheGatewayStaysOpen() {
        TimedPanelGateways gateways = new TimedPanelGateways(server -> failing, registry, nanos::get);

        assertThat(gateways.forServer(new ServerId("de-1"))).isSameAs(gateways.forServer(new ServerId("de-1")));
    }
}
