package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.SUBSCRIPTION_USAGE;

import dev.tollgate.application.port.out.TrafficUsage;
import dev.tollgate.application.port.out.UsageRecords;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/** One row per subscription and server, written as batched upserts of {@value #CHUNK} rows. */
final class JooqUsageRecords implements UsageRecords {

    /** Rows per JDBC batch (and ids per IN list when reading). */
    static final int CHUNK = 1_000;

    private final DSLContext dsl;

    @Inject
    JooqUsageRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(ServerId server, Map<SubscriptionId, TrafficUsage> usage, Instant syncedAt) {
        OffsetDateTime at = Times.toDb(syncedAt);
        List<Map.Entry<SubscriptionId, TrafficUsage>> rows = new ArrayList<>(usage.entrySet());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Map.Entry<SubscriptionId, TrafficUsage>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Errors.translate("record the usage of " + chunk.size() + " subscriptions on server " + server, () -> {
                // One prepared upsert, executed as a JDBC batch: one round trip per chunk on both databases.
                var batch = dsl.batch(dsl.insertInto(SUBSCRIPTION_USAGE, SUBSCRIPTION_USAGE.SUBSCRIPTION_ID,
                                SUBSCRIPTION_USAGE.SERVER_ID, SUBSCRIPTION_USAGE.UPLINK_BYTES,
                                SUBSCRIPTION_USAGE.DOWNLINK_BYTES, SUBSCRIPTION_USAGE.SYNCED_AT)
                        .values((UUID) null, null, null, null, null)
                        .onConflict(SUBSCRIPTION_USAGE.SUBSCRIPTION_ID, SUBSCRIPTION_USAGE.SERVER_ID).doUpdate()
                        .set(SUBSCRIPTION_USAGE.UPLINK_BYTES, DSL.excluded(SUBSCRIPTION_USAGE.UPLINK_BYTES))
                        .set(SUBSCRIPTION_USAGE.DOWNLINK_BYTES, DSL.excluded(SUBSCRIPTION_USAGE.DOWNLINK_BYTES))
                        .set(SUBSCRIPTION_USAGE.SYNCED_AT, DSL.excluded(SUBSCRIPTION_USAGE.SYNCED_AT)));
                for (Map.Entry<SubscriptionId, TrafficUsage> row : chunk) {
                    batch = batch.bind(row.getKey().value(), server.value(), row.getValue().uplink().bytes(),
                            row.getValue().downlink().bytes(), at);
                }
                batch.execute();
            });
        }
    }

    @Override
    public void forget(SubscriptionId subscription, ServerId server) {
        Errors.translate("forget the usage of " + subscription + " on server " + server, () -> dsl.deleteFrom(SUBSCRIPTION_USAGE)
                .where(SUBSCRIPTION_USAGE.SUBSCRIPTION_ID.eq(subscription.value()))
                .and(SUBSCRIPTION_USAGE.SERVER_ID.eq(server.value())).execute());
    }

    @Override
    public Map<SubscriptionId, TrafficUsage> totals(Collection<SubscriptionId> subscriptions) {
        List<UUID> ids = subscriptions.stream().map(SubscriptionId::value).distinct().toList();
        Map<SubscriptionId, TrafficUsage> totals = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var rows = Errors.translate("read the usage of " + chunk.size() + " subscriptions", () -> dsl
                    .select(SUBSCRIPTION_USAGE.SUBSCRIPTION_ID, DSL.sum(SUBSCRIPTION_USAGE.UPLINK_BYTES),
                            DSL.sum(SUBSCRIPTION_USAGE.DOWNLINK_BYTES))
                    .from(SUBSCRIPTION_USAGE)
                    .where(SUBSCRIPTION_USAGE.SUBSCRIPTION_ID.in(chunk))
                    .groupBy(SUBSCRIPTION_USAGE.SUBSCRIPTION_ID)
                    .fetch());
            for (Record3<UUID, java.math.BigDecimal, java.math.BigDecimal> row : rows) {
                totals.put(new SubscriptionId(row.value1()), new TrafficUsage(DataSize.ofBytes(row.value2().longValueExact()),
                        DataSize.ofBytes(row.value3().longValueExact())));
            }
        }
        return totals;
    }
}
