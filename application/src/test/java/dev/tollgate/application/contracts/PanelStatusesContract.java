package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.domain.server.ServerId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link PanelStatuses} promises: the last check per server, and a restart signal taken exactly once. */
public abstract class PanelStatusesContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract PanelStatuses statuses();

    private static ServerId newServer() {
        return new ServerId("s-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static PanelStatus up(ServerId server, Instant at, boolean restarted) {
        return new PanelStatus(server, true, "v2ray 4.34", Duration.ofMillis(12), at, "uptime 5s", restarted);
    }

    private static PanelStatus down(ServerId server, Instant at) {
        return new PanelStatus(server, false, "", Duration.ofMillis(600), at, "connection refused", false);
    }

    @Test
    public void record_twice_keepsTheLastCheckWithItsLatencyAndDetail() {
        ServerId server = newServer();
        statuses().record(up(server, T0, false));
        statuses().record(down(server, T0.plusSeconds(15)));

        assertThat(statuses().find(server)).contains(down(server, T0.plusSeconds(15)));
        assertThat(statuses().all()).contains(down(server, T0.plusSeconds(15)));
    }

    @Test
    public void find_ofAServerNeverChecked_isEmpty() {
        assertThat(statuses().find(newServer())).isEmpty();
    }

    @Test
    public void restartSignal_keptByLaterChecks_isTakenOnceByReconciliation() {
        ServerId server = newServer();
        statuses().record(up(server, T0, true));
        statuses().record(up(server, T0.plusSeconds(1), false));
        statuses().record(down(server, T0.plusSeconds(2)));

        assertThat(statuses().find(server).orElseThrow().restartPending()).as("a later check cannot clear it").isTrue();
        assertThat(statuses().takeRestart(server)).isTrue();
        assertThat(statuses().takeRestart(server)).isFalse();
        assertThat(statuses().find(server).orElseThrow().restartPending()).isFalse();
        assertThat(statuses().find(server).orElseThrow().reachable()).isFalse();
    }

    @Test
    public void takeRestart_ofAServerNeverChecked_isFalse() {
        assertThat(statuses().takeRestart(newServer())).isFalse();
    }

    @Test
    public void takeRestart_fromTwoInstancesAtOnce_isGrantedToOneOnly() throws Exception {
        ServerId server = newServer();
        for (int round = 0; round < 10; round++) {
            statuses().record(up(server, T0.plusSeconds(round), true));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Boolean> take = () -> statuses().takeRestart(server);
                Future<Boolean> a = pool.submit(take);
                Future<Boolean> b = pool.submit(take);
                assertThat(a.get() ^ b.get()).as("round %d: exactly one taker", round).isTrue();
            } finally {
                pool.shutdown();
            }
        }
    }
}
