package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.UpdateInbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The inbox in memory, with the same leasing rules as the database. */
public final class InMemoryUpdateInbox implements UpdateInbox {

    private static final class Row {
        StoredUpdate update;
        String owner;
        Instant leaseUntil;
        Instant finishedAt;
        String outcome;
    }

    private final TreeMap<Long, Row> rows = new TreeMap<>();

    @Override
    public synchronized int store(List<StoredUpdate> updates) {
        int stored = 0;
        for (StoredUpdate update : updates) {
            if (!rows.containsKey(update.updateId())) {
                Row row = new Row();
                row.update = update;
                rows.put(update.updateId(), row);
                stored++;
            }
        }
        return stored;
    }

    @Override
    public synchronized List<StoredUpdate> claim(String owner, int limit, Instant now, Instant leaseUntil) {
        List<StoredUpdate> claimed = new ArrayList<>();
        // A key with any update under a live lease is in someone's hands, even when an older update of it arrived
        // late and is now its oldest unfinished one: its updates are leased one at a time.
        Set<Long> seenKeys = new HashSet<>();
        for (Row row : rows.values()) {
            if (row.finishedAt == null && row.leaseUntil != null && !row.leaseUntil.isBefore(now)) {
                seenKeys.add(row.update.orderingKey());
            }
        }
        for (Row row : rows.values()) {
            if (claimed.size() >= limit) {
                break;
            }
            if (row.finishedAt != null || !seenKeys.add(row.update.orderingKey())) {
                continue;
            }
            StoredUpdate u = row.update;
            row.update = new StoredUpdate(u.updateId(), u.orderingKey(), u.kind(), u.payload(), u.receivedAt(), u.attempts() + 1);
            row.owner = owner;
            row.leaseUntil = leaseUntil;
            claimed.add(row.update);
        }
        return claimed;
    }

    @Override
    public synchronized int renew(String owner, Instant leaseUntil) {
        int renewed = 0;
        for (Row row : rows.values()) {
            if (row.finishedAt == null && owner.equals(row.owner) && row.leaseUntil != null) {
                row.leaseUntil = leaseUntil;
                renewed++;
            }
        }
        return renewed;
    }

    @Override
    public synchronized boolean finish(long updateId, String owner, String outcome, Instant now) {
        Row row = rows.get(updateId);
        if (row == null || row.finishedAt != null || !owner.equals(row.owner)) {
            return false;
        }
        row.finishedAt = now;
        row.outcome = outcome;
        row.leaseUntil = null;
        return true;
    }

    @Override
    public synchronized boolean finishForgettingPayload(long updateId, String owner, String outcome, Instant now) {
        if (!finish(updateId, owner, outcome, now)) {
            return false;
        }
        Row row = rows.get(updateId);
        StoredUpdate u = row.update;
        row.update = new StoredUpdate(u.updateId(), u.orderingKey(), u.kind(), "{\"update_id\":" + updateId + "}",
                u.receivedAt(), u.attempts());
        return true;
    }

    /** The JSON of every update held, finished or not. */
    public synchronized List<String> payloads() {
        return rows.values().stream().map(row -> row.update.payload()).toList();
    }

    @Override
    public synchronized boolean retryLater(long updateId, String owner, Instant notBefore) {
        Row row = rows.get(updateId);
        if (row == null || row.finishedAt != null || !owner.equals(row.owner)) {
            return false;
        }
        row.owner = null;
        row.leaseUntil = notBefore;
        return true;
    }

    @Override
    public synchronized int release(String owner) {
        int released = 0;
        for (Row row : rows.values()) {
            if (row.finishedAt == null && owner.equals(row.owner) && row.leaseUntil != null) {
                row.leaseUntil = null;
                row.owner = null;
                released++;
            }
        }
        return released;
    }

    @Override
    public synchronized int pruneFinished(Instant before, int limit) {
        List<Long> doomed = new ArrayList<>();
        for (Row row : rows.values()) {
            if (doomed.size() < limit && row.finishedAt != null && row.finishedAt.isBefore(before)) {
                doomed.add(row.update.updateId());
            }
        }
        doomed.forEach(rows::remove);
        return doomed.size();
    }

    @Override
    public synchronized Depth depth() {
        long unfinished = rows.values().stream().filter(row -> row.finishedAt == null).count();
        Optional<Instant> oldest = rows.values().stream().filter(row -> row.finishedAt == null)
                .map(row -> row.update.receivedAt()).min(Instant::compareTo);
        return new Depth(unfinished, oldest);
    }

    /** Test view: the outcome of a finished update. */
    public synchronized Optional<String> outcomeOf(long updateId) {
        return Optional.ofNullable(rows.get(updateId)).map(row -> row.outcome);
    }
}
