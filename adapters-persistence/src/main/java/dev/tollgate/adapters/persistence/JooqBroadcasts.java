package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.BROADCASTS;
import static dev.tollgate.adapters.persistence.generated.Tables.BROADCAST_DELIVERIES;

import dev.tollgate.adapters.persistence.generated.tables.records.BroadcastsRecord;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;
import org.jooq.impl.DSL;

/**
 * Broadcasts and their deliveries on H2 or PostgreSQL. The lease and each take are conditional UPDATEs whose WHERE
 * clause repeats the test (free or run-out lease; a PENDING delivery), so of two racing senders exactly one changes
 * the row and the row count tells each what it won. Recipients are inserted in chunks of 500 rows.
 */
final class JooqBroadcasts implements Broadcasts {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    @Inject
    JooqBroadcasts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(Broadcast broadcast, List<TelegramUserId> recipients) {
        BroadcastMessage message = broadcast.message();
        Errors.translate("insert broadcast " + broadcast.id(), () -> {
            dsl.insertInto(BROADCASTS)
                    .set(BROADCASTS.ID, broadcast.id().value())
                    .set(BROADCASTS.AUTHOR, broadcast.author().value())
                    .set(BROADCASTS.HTML, message.html())
                    .set(BROADCASTS.PHOTO_FILE_ID, message.photoFileId())
                    .set(BROADCASTS.BUTTON_LABEL, message.buttonLabel())
                    .set(BROADCASTS.BUTTON_URL, message.buttonUrl())
                    .set(BROADCASTS.SEGMENT, broadcast.segment().code())
                    .set(BROADCASTS.RECIPIENTS, broadcast.recipients())
                    .set(BROADCASTS.STATUS, broadcast.status().name())
                    .set(BROADCASTS.CREATED_AT, Times.toDb(broadcast.createdAt()))
                    .execute();
            for (int from = 0; from < recipients.size(); from += CHUNK) {
                InsertValuesStep3<?, UUID, Long, String> rows = dsl.insertInto(BROADCAST_DELIVERIES,
                        BROADCAST_DELIVERIES.BROADCAST_ID, BROADCAST_DELIVERIES.RECIPIENT, BROADCAST_DELIVERIES.STATUS);
                for (TelegramUserId recipient : recipients.subList(from, Math.min(recipients.size(), from + CHUNK))) {
                    rows = rows.values(broadcast.id().value(), recipient.value(), DeliveryStatus.PENDING.name());
                }
                rows.execute();
            }
        });
    }

    @Override
    public Optional<Broadcast> find(BroadcastId id) {
        return Errors.translate("find broadcast " + id, () -> dsl.selectFrom(BROADCASTS)
                .where(BROADCASTS.ID.eq(id.value())).fetchOptional().map(JooqBroadcasts::toDomain));
    }

    @Override
    public List<Broadcast> recent(int offset, int limit) {
        return Errors.translate("list broadcasts", () -> dsl.selectFrom(BROADCASTS)
                .orderBy(BROADCASTS.CREATED_AT.desc(), BROADCASTS.ID)
                .limit(limit).offset(offset)
                .fetch(JooqBroadcasts::toDomain));
    }

    @Override
    public int count() {
        return Errors.translate("count broadcasts", () -> dsl.fetchCount(BROADCASTS));
    }

    @Override
    public Optional<Broadcast> claim(String holder, Instant now, Duration lease) {
        return Errors.translate("claim a broadcast", () -> {
            Optional<UUID> candidate = dsl.select(BROADCASTS.ID).from(BROADCASTS)
                    .where(claimable(holder, now))
                    .orderBy(BROADCASTS.CREATED_AT, BROADCASTS.ID)
                    .limit(1)
                    .fetchOptional(BROADCASTS.ID);
            if (candidate.isEmpty()) {
                return Optional.<Broadcast>empty();
            }
            int won = dsl.update(BROADCASTS)
                    .set(BROADCASTS.LEASE_HOLDER, holder)
                    .set(BROADCASTS.LEASED_UNTIL, Times.toDb(now.plus(lease)))
                    .where(BROADCASTS.ID.eq(candidate.get()))
                    .and(claimable(holder, now))
                    .execute();
            return won == 1 ? find(new BroadcastId(candidate.get())) : Optional.<Broadcast>empty();
        });
    }

    private static Condition claimable(String holder, Instant now) {
        OffsetDateTime at = Times.toDb(now);
        return BROADCASTS.STATUS.eq(BroadcastStatus.SENDING.name())
                .and(BROADCASTS.LEASE_HOLDER.isNull().or(BROADCASTS.LEASE_HOLDER.eq(holder))
                        .or(BROADCASTS.LEASED_UNTIL.le(at)));
    }

    @Override
    public List<TelegramUserId> pending(BroadcastId broadcast, int limit) {
        return Errors.translate("read pending recipients of " + broadcast, () -> dsl.select(BROADCAST_DELIVERIES.RECIPIENT)
                .from(BROADCAST_DELIVERIES)
                .where(BROADCAST_DELIVERIES.BROADCAST_ID.eq(broadcast.value()))
                .and(BROADCAST_DELIVERIES.STATUS.eq(DeliveryStatus.PENDING.name()))
                .orderBy(BROADCAST_DELIVERIES.RECIPIENT)
                .limit(limit)
                .fetch(row -> new TelegramUserId(row.value1())));
    }

    @Override
    public boolean take(BroadcastId broadcast, TelegramUserId recipient, String holder, Instant now) {
        return Errors.translate("take a recipient of " + broadcast, () -> dsl.update(BROADCAST_DELIVERIES)
                .set(BROADCAST_DELIVERIES.STATUS, DeliveryStatus.SENDING.name())
                .set(BROADCAST_DELIVERIES.HOLDER, holder)
                .set(BROADCAST_DELIVERIES.TAKEN_AT, Times.toDb(now))
                .where(delivery(broadcast, recipient))
                .and(BROADCAST_DELIVERIES.STATUS.eq(DeliveryStatus.PENDING.name()))
                .execute()) == 1;
    }

    @Override
    public void settle(BroadcastId broadcast, TelegramUserId recipient, DeliveryStatus outcome, Instant now) {
        Errors.translate("record a delivery of " + broadcast, () -> dsl.update(BROADCAST_DELIVERIES)
                .set(BROADCAST_DELIVERIES.STATUS, outcome.name())
                .set(BROADCAST_DELIVERIES.SETTLED_AT, Times.toDb(now))
                .where(delivery(broadcast, recipient))
                .and(BROADCAST_DELIVERIES.STATUS.eq(DeliveryStatus.SENDING.name()))
                .execute());
    }

    @Override
    public int abandonStale(BroadcastId broadcast, Instant takenBefore) {
        return Errors.translate("abandon stale deliveries of " + broadcast, () -> dsl.update(BROADCAST_DELIVERIES)
                .set(BROADCAST_DELIVERIES.STATUS, DeliveryStatus.UNCONFIRMED.name())
                .where(BROADCAST_DELIVERIES.BROADCAST_ID.eq(broadcast.value()))
                .and(BROADCAST_DELIVERIES.STATUS.eq(DeliveryStatus.SENDING.name()))
                .and(BROADCAST_DELIVERIES.TAKEN_AT.lt(Times.toDb(takenBefore)))
                .execute());
    }

    @Override
    public Map<DeliveryStatus, Integer> counts(BroadcastId broadcast) {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0);
        }
        Errors.translate("count deliveries of " + broadcast, () -> dsl.select(BROADCAST_DELIVERIES.STATUS, DSL.count())
                .from(BROADCAST_DELIVERIES)
                .where(BROADCAST_DELIVERIES.BROADCAST_ID.eq(broadcast.value()))
                .groupBy(BROADCAST_DELIVERIES.STATUS)
                .fetch()
                .forEach(row -> counts.put(DeliveryStatus.valueOf(row.value1()), row.value2())));
        return counts;
    }

    @Override
    public boolean finish(BroadcastId broadcast, BroadcastStatus end, Instant now) {
        return Errors.translate("finish broadcast " + broadcast, () -> dsl.update(BROADCASTS)
                .set(BROADCASTS.STATUS, end.name())
                .set(BROADCASTS.FINISHED_AT, Times.toDb(now))
                .setNull(BROADCASTS.LEASE_HOLDER)
                .setNull(BROADCASTS.LEASED_UNTIL)
                .where(BROADCASTS.ID.eq(broadcast.value()))
                .and(BROADCASTS.STATUS.eq(BroadcastStatus.SENDING.name()))
                .execute()) == 1;
    }

    @Override
    public void progressMessage(BroadcastId broadcast, int messageId) {
        Errors.translate("remember the progress message of " + broadcast, () -> dsl.update(BROADCASTS)
                .set(BROADCASTS.PROGRESS_MESSAGE, messageId)
                .where(BROADCASTS.ID.eq(broadcast.value()))
                .execute());
    }

    private static Condition delivery(BroadcastId broadcast, TelegramUserId recipient) {
        return BROADCAST_DELIVERIES.BROADCAST_ID.eq(broadcast.value()).and(BROADCAST_DELIVERIES.RECIPIENT.eq(recipient.value()));
    }

    private static Broadcast toDomain(BroadcastsRecord row) {
        BroadcastMessage message = new BroadcastMessage(row.getHtml(), row.getPhotoFileId(), row.getButtonLabel(),
                row.getButtonUrl());
        return Broadcast.rehydrate(new BroadcastId(row.getId()), new TelegramUserId(row.getAuthor()), message,
                Segment.parse(row.getSegment()).orElseThrow(() -> new IllegalStateException("unknown segment "
                        + row.getSegment() + " of broadcast " + row.getId())), row.getRecipients(),
                Times.fromDb(row.getCreatedAt()), BroadcastStatus.valueOf(row.getStatus()),
                Times.fromDb(row.getFinishedAt()), row.getProgressMessage());
    }
}
