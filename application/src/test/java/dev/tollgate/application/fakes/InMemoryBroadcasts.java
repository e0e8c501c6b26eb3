package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Broadcasts and their deliveries in memory, with the same lease and take rules as the database. */
public final class InMemoryBroadcasts implements Broadcasts {

    private static final class Row {
        Broadcast broadcast;
        String holder;
        Instant leasedUntil;
        final Map<Long, Delivery> deliveries = new TreeMap<>();
    }

    private static final class Delivery {
        DeliveryStatus status = DeliveryStatus.PENDING;
        Instant takenAt;
    }

    private final Map<BroadcastId, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Broadcast broadcast, List<TelegramUserId> recipients) {
        if (rows.containsKey(broadcast.id())) {
            throw new DuplicateKeyException("broadcast " + broadcast.id() + " exists");
        }
        Row row = new Row();
        row.broadcast = copy(broadcast, broadcast.status(), broadcast.finishedAt().orElse(null),
                broadcast.progressMessage().orElse(null));
        for (TelegramUserId recipient : recipients) {
            row.deliveries.put(recipient.value(), new Delivery());
        }
        rows.put(broadcast.id(), row);
    }

    @Override
    public synchronized Optional<Broadcast> find(BroadcastId id) {
        return Optional.ofNullable(rows.get(id)).map(row -> copy(row.broadcast, row.broadcast.status(),
                row.broadcast.finishedAt().orElse(null), row.broadcast.progressMessage().orElse(null)));
    }

    @Override
    public synchronized List<Broadcast> recent(int offset, int limit) {
        List<Broadcast> all = new ArrayList<>();
        rows.keySet().forEach(id -> all.add(find(id).orElseThrow()));
        all.sort(Comparator.comparing(Broadcast::createdAt).reversed());
        return all.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int count() {
        return rows.size();
    }

    @Override
    public synchronized Optional<Broadcast> claim(String holder, Instant now, Duration lease) {
        return rows.values().stream()
                .filter(row -> row.broadcast.status() == BroadcastStatus.SENDING)
                .filter(row -> row.holder == null || row.holder.equals(holder) || !row.leasedUntil.isAfter(now))
                .min(Comparator.comparing(row -> row.broadcast.createdAt()))
                .map(row -> {
                    row.holder = holder;
                    row.leasedUntil = now.plus(lease);
                    return find(row.broadcast.id()).orElseThrow();
                });
    }

    @Override
    public synchronized List<TelegramUserId> pending(BroadcastId broadcast, int limit) {
        Row row = rows.get(broadcast);
        if (row == null) {
            return List.of();
        }
        return row.deliveries.entrySet().stream().filter(e -> e.getValue().status == DeliveryStatus.PENDING)
                .limit(limit).map(e -> new TelegramUserId(e.getKey())).toList();
    }

    @Override
    public synchronized boolean take(BroadcastId broadcast, TelegramUserId recipient, String holder, Instant now) {
        Delivery delivery = delivery(broadcast, recipient);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return false;
        }
        delivery.status = DeliveryStatus.SENDING;
        delivery.takenAt = now;
        return true;
    }

    @Override
    public synchronized void settle(BroadcastId broadcast, TelegramUserId recipient, DeliveryStatus outcome, Instant now) {
        Delivery delivery = delivery(broadcast, recipient);
        if (delivery != null && delivery.status == DeliveryStatus.SENDING) {
            delivery.status = outcome;
        }
    }

    @Override
    public synchronized int abandonStale(BroadcastId broadcast, Instant takenBefore) {
        Row row = rows.get(broadcast);
        int abandoned = 0;
        if (row != null) {
            for (Delivery delivery : row.deliveries.values()) {
                if (delivery.status == DeliveryStatus.SENDING && delivery.takenAt.isBefore(takenBefore)) {
                    delivery.status = DeliveryStatus.UNCONFIRMED;
                    abandoned++;
                }
            }
        }
        return abandoned;
    }

    @Override
    public synchronized Map<DeliveryStatus, Integer> counts(BroadcastId broadcast) {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0);
        }
        Row row = rows.get(broadcast);
        if (row != null) {
            row.deliveries.values().forEach(d -> counts.merge(d.status, 1, Integer::sum));
        }
        return counts;
    }

    @Override
    public synchronized boolean finish(BroadcastId broadcast, BroadcastStatus end, Instant now) {
        Row row = rows.get(broadcast);
        if (row == null || row.broadcast.status() != BroadcastStatus.SENDING) {
            return false;
        }
        row.broadcast = copy(row.broadcast, end, now, row.broadcast.progressMessage().orElse(null));
        row.holder = null;
        return true;
    }

    @Override
    public synchronized void progressMessage(BroadcastId broadcast, int messageId) {
        Row row = rows.get(broadcast);
        if (row != null) {
            row.broadcast = copy(row.broadcast, row.broadcast.status(), row.broadcast.finishedAt().orElse(null), messageId);
        }
    }

    /** Test hook: who holds the broadcast's lease now (null when nobody). */
    public synchronized String holder(BroadcastId broadcast) {
        return rows.get(broadcast).holder;
    }

    private Delivery delivery(BroadcastId broadcast, TelegramUserId recipient) {
        Row row = rows.get(broadcast);
        return row == null ? null : row.deliveries.get(recipient.value());
    }

    private static Broadcast copy(Broadcast b, BroadcastStatus status, Instant finishedAt, Integer progress) {
        return Broadcast.rehydrate(b.id(), b.author(), b.message(), b.segment(), b.recipients(), b.createdAt(), status,
                finishedAt, progress);
    }
}
