package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link UsageRecords} promises: the last sync per subscription and server, summed over servers. */
public abstract class UsageRecordsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final ServerId EU = new ServerId("eu-1");
    private static final ServerId US = new ServerId("us-1");

    protected abstract UsageRecords records();

    private static TrafficUsage traffic(long up, long down) {
        return new TrafficUsage(DataSize.ofBytes(up), DataSize.ofBytes(down));
    }

    private static SubscriptionId newId() {
        return new SubscriptionId(UUID.randomUUID());
    }

    @Test
    public void record_again_replacesThatServersCountersAndKeepsTheOtherServers() {
        SubscriptionId id = newId();
        records().record(EU, Map.of(id, traffic(10, 100)), T0);
        records().record(US, Map.of(id, traffic(1, 2)), T0);
        records().record(EU, Map.of(id, traffic(20, 300)), T0.plusSeconds(60));

        assertThat(records().totals(List.of(id))).containsExactly(Map.entry(id, traffic(21, 302)));
    }

    @Test
    public void forget_dropsThatServersCountersOnly_andIsIdempotent() {
        SubscriptionId id = newId();
        SubscriptionId other = newId();
        records().record(EU, Map.of(id, traffic(10, 100), other, traffic(5, 5)), T0);
        records().record(US, Map.of(id, traffic(1, 2)), T0);

        records().forget(id, EU);
        records().forget(id, EU);

        assertThat(records().totals(List.of(id, other))).containsEntry(id, traffic(1, 2)).containsEntry(other, traffic(5, 5));
    }

    @Test
    public void totals_ofASubscriptionNeverSynced_leaveItOut() {
        SubscriptionId synced = newId();
        SubscriptionId never = newId();
        records().record(EU, Map.of(synced, TrafficUsage.NONE), T0);

        assertThat(records().totals(List.of(synced, never))).containsOnlyKeys(synced);
        assertThat(records().totals(List.of())).isEmpty();
    }

    @Test
    public void record_ofThousandsAtOnce_keepsEveryOne() {
        Map<SubscriptionId, TrafficUsage> batch = new HashMap<>();
        IntStream.range(0, 1_200).forEach(i -> batch.put(newId(), traffic(i, 2L * i)));
        records().record(EU, batch, T0);
        records().record(EU, batch.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> traffic(e.getValue().uplink().bytes() + 1, e.getValue().downlink().bytes()))), T0.plusSeconds(1));

        Map<SubscriptionId, TrafficUsage> totals = records().totals(batch.keySet());
        assertThat(totals).hasSize(1_200);
        batch.forEach((id, usage) -> assertThat(totals.get(id))
                .isEqualTo(traffic(usage.uplink().bytes() + 1, usage.downlink().bytes())));
    }
}
