package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.Depth;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UpdateInbox} promises: an update is stored once, a user's updates are leased one at a time and
 * oldest first, leases keep workers apart until they run out, and only the lease holder finishes. Claims are global
 * (they take whatever waits), so each test starts from an empty inbox.
 */
public abstract class UpdateInboxContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(1);
    private static final long ALICE = 1_001L;
    private static final long BOB = 1_002L;
    private static final long CAROL = 1_003L;

    /** The inbox under test holding no update: a fresh one, or the shared one emptied. */
    protected abstract UpdateInbox emptyInbox();

    protected UpdateInbox inbox;

    @BeforeEach
    void startEmpty() {
        inbox = emptyInbox();
    }

    protected static StoredUpdate update(long updateId, long key) {
        return StoredUpdate.received(updateId, key, "message",
                "{\"update_id\":" + updateId + ",\"message\":{\"from\":{\"id\":" + key + "},\"text\":\"hi\"}}", T0);
    }

    /** The update as a claim returns it after {@code attempts} leases. */
    protected static StoredUpdate leased(StoredUpdate u, int attempts) {
        return new StoredUpdate(u.updateId(), u.orderingKey(), u.kind(), u.payload(), u.receivedAt(), attempts);
    }

    protected static List<Long> ids(List<StoredUpdate> updates) {
        return updates.stream().map(StoredUpdate::updateId).toList();
    }

    @Test
    public void claim_afterStore_returnsEveryFieldAsStoredWithOneAttempt() {
        String payload = "{\"update_id\":7,\"message\":{\"text\":\"سلام 👋 \\\"quoted\\\" & <b>\",\"pad\":\""
                + "x".repeat(300_000) + "\"}}";
        StoredUpdate sent = StoredUpdate.received(7, ALICE, "callback_query", payload, T0.plusMillis(123));
        assertThat(inbox.store(List.of(sent))).isEqualTo(1);

        List<StoredUpdate> claimed = inbox.claim("worker-a", 10, T0, T0.plus(LEASE));

        assertThat(claimed).containsExactly(new StoredUpdate(7, ALICE, "callback_query", payload, T0.plusMillis(123), 1));
    }

    @Test
    public void finishForgettingPayload_byTheLeaseHolderOnly_finishesItOnce_andTheNextOfItsKeyIsClaimed() {
        inbox.store(List.of(update(20, ALICE), update(21, ALICE)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));

        assertThat(inbox.finishForgettingPayload(20, "worker-b", "ok", T0)).isFalse();
        assertThat(inbox.finishForgettingPayload(20, "worker-a", "ok, typed secret deleted", T0)).isTrue();
        assertThat(inbox.finishForgettingPayload(20, "worker-a", "ok", T0)).isFalse();
        assertThat(inbox.finish(20, "worker-a", "ok", T0)).isFalse();
        assertThat(ids(inbox.claim("worker-b", 10, T0, T0.plus(LEASE)))).containsExactly(21L);
    }

    @Test
    public void store_redeliveredUpdate_isIgnoredAndKeepsTheFirstCopy() {
        assertThat(inbox.store(List.of(update(1, ALICE), update(2, BOB)))).isEqualTo(2);
        StoredUpdate redelivered = StoredUpdate.received(2, BOB, "edited_message", "{\"update_id\":2}", T0.plusSeconds(9));

        assertThat(inbox.store(List.of(redelivered, update(3, CAROL), update(3, CAROL)))).isEqualTo(1);
        assertThat(inbox.store(List.of())).isZero();

        List<StoredUpdate> claimed = inbox.claim("worker-a", 10, T0, T0.plus(LEASE));
        assertThat(claimed).containsExactly(leased(update(1, ALICE), 1), leased(update(2, BOB), 1),
                leased(update(3, CAROL), 1));
        assertThat(inbox.depth().unfinished()).isEqualTo(3);
    }

    @Test
    public void claim_leasesOnlyTheOldestUnfinishedUpdateOfEachKey_oldestFirst() {
        inbox.store(List.of(update(13, ALICE), update(10, ALICE), update(11, BOB), update(12, ALICE), update(14, CAROL)));

        assertThat(ids(inbox.claim("worker-a", 10, T0, T0.plus(LEASE)))).containsExactly(10L, 11L, 14L);
        assertThat(inbox.claim("worker-b", 10, T0, T0.plus(LEASE))).isEmpty();

        assertThat(inbox.finish(10, "worker-a", "ok", T0)).isTrue();
        assertThat(ids(inbox.claim("worker-b", 10, T0, T0.plus(LEASE)))).containsExactly(12L);
        assertThat(inbox.finish(12, "worker-b", "ok", T0)).isTrue();
        assertThat(ids(inbox.claim("worker-b", 10, T0, T0.plus(LEASE)))).containsExactly(13L);
    }

    @Test
    public void claim_takesAtMostTheLimit_oldestFirst() {
        inbox.store(List.of(update(5, 5), update(4, 4), update(3, 3), update(2, 2), update(1, 1)));

        assertThat(ids(inbox.claim("worker-a", 2, T0, T0.plus(LEASE)))).containsExactly(1L, 2L);
        assertThat(ids(inbox.claim("worker-b", 2, T0, T0.plus(LEASE)))).containsExactly(3L, 4L);
        assertThat(ids(inbox.claim("worker-c", 2, T0, T0.plus(LEASE)))).containsExactly(5L);
        assertThat(inbox.claim("worker-d", 0, T0, T0.plus(LEASE))).isEmpty();
    }

    @Test
    public void claim_whenTheLeaseRanOut_releasesTheUpdateToAnotherWorkerAndCountsASecondAttempt() {
        inbox.store(List.of(update(1, ALICE), update(2, ALICE)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));

        assertThat(inbox.claim("worker-b", 10, T0.plus(LEASE), T0.plus(LEASE).plus(LEASE)))
                .as("a lease ending exactly now is still held").isEmpty();
        List<StoredUpdate> reclaimed = inbox.claim("worker-b", 10, T0.plus(LEASE).plusSeconds(1),
                T0.plus(LEASE).plus(LEASE));

        assertThat(reclaimed).containsExactly(leased(update(1, ALICE), 2));
        assertThat(inbox.finish(1, "worker-a", "ok", T0.plusSeconds(90))).as("the former holder").isFalse();
        assertThat(inbox.finish(1, "worker-b", "ok", T0.plusSeconds(90))).isTrue();
        assertThat(ids(inbox.claim("worker-a", 10, T0.plusSeconds(91), T0.plus(LEASE).plus(LEASE)))).containsExactly(2L);
    }

    @Test
    public void retryLater_givesTheUpdateBackUntilTheInstant_keepsTheKeysOrder_andOnlyForItsHolder() {
        inbox.store(List.of(update(1, ALICE), update(2, ALICE), update(3, BOB)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));
        assertThat(inbox.retryLater(1, "worker-b", T0.plusSeconds(5))).as("not the holder").isFalse();
        assertThat(inbox.retryLater(1, "worker-a", T0.plusSeconds(5))).isTrue();
        assertThat(inbox.renew("worker-a", T0.plusSeconds(600))).as("no longer worker-a's lease").isEqualTo(1);

        assertThat(ids(inbox.claim("worker-b", 10, T0.plusSeconds(4), T0.plus(LEASE)))).as("before the instant").isEmpty();
        assertThat(ids(inbox.claim("worker-b", 10, T0.plusSeconds(6), T0.plusSeconds(6).plus(LEASE))))
                .as("update 1 again, never 2 before it").containsExactly(1L);
    }

    @Test
    public void finish_byAWorkerThatDoesNotHoldTheLease_isRefused() {
        inbox.store(List.of(update(1, ALICE), update(2, ALICE)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));

        assertThat(inbox.finish(1, "worker-b", "ok", T0)).isFalse();
        assertThat(inbox.finish(99, "worker-a", "ok", T0)).as("an unknown update").isFalse();
        assertThat(inbox.claim("worker-b", 10, T0, T0.plus(LEASE))).as("still held by worker-a").isEmpty();

        assertThat(inbox.finish(1, "worker-a", "ok", T0)).isTrue();
        assertThat(inbox.finish(1, "worker-a", "ok", T0)).as("finished already").isFalse();
        assertThat(inbox.finish(2, "worker-a", "ok", T0)).as("never leased").isFalse();
    }

    @Test
    public void finish_afterTheLeaseRanOutButBeforeAnyoneElseTookIt_stillCounts() {
        inbox.store(List.of(update(1, ALICE)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));

        assertThat(inbox.finish(1, "worker-a", "gave up: handler failed 3 times", T0.plus(LEASE).plusSeconds(5))).isTrue();
        assertThat(inbox.claim("worker-b", 10, T0.plus(LEASE).plusSeconds(6), T0.plus(LEASE).plus(LEASE))).isEmpty();
    }

    @Test
    public void release_givesBackEveryLeaseOfTheOwnerAtOnce() {
        inbox.store(List.of(update(1, ALICE), update(2, BOB), update(3, CAROL)));
        inbox.claim("worker-a", 2, T0, T0.plus(LEASE));
        inbox.claim("worker-b", 1, T0, T0.plus(LEASE));

        assertThat(inbox.release("worker-a")).isEqualTo(2);
        assertThat(inbox.release("worker-a")).isZero();

        assertThat(inbox.claim("worker-c", 10, T0, T0.plus(LEASE)))
                .containsExactly(leased(update(1, ALICE), 2), leased(update(2, BOB), 2));
        assertThat(inbox.finish(1, "worker-a", "ok", T0)).as("released, so no longer worker-a's").isFalse();
        assertThat(inbox.finish(3, "worker-b", "ok", T0)).isTrue();
    }

    @Test
    public void renew_extendsOnlyTheOwnersUnfinishedLeases() {
        inbox.store(List.of(update(1, ALICE), update(2, BOB), update(3, CAROL)));
        inbox.claim("worker-a", 2, T0, T0.plus(LEASE));
        inbox.claim("worker-b", 1, T0, T0.plus(LEASE));
        inbox.finish(2, "worker-a", "ok", T0);

        assertThat(inbox.renew("worker-a", T0.plus(LEASE).plus(LEASE))).isEqualTo(1);
        assertThat(inbox.renew("nobody", T0.plus(LEASE).plus(LEASE))).isZero();

        Instant afterFirstLease = T0.plus(LEASE).plusSeconds(1);
        assertThat(ids(inbox.claim("worker-c", 10, afterFirstLease, afterFirstLease.plus(LEASE)))).containsExactly(3L);
        assertThat(inbox.finish(1, "worker-a", "ok", afterFirstLease)).isTrue();
    }

    @Test
    public void claim_whileALaterUpdateOfTheKeyIsLeased_waitsEvenForAnOlderOneThatArrivedLate() {
        inbox.store(List.of(update(5, ALICE)));
        assertThat(ids(inbox.claim("worker-a", 10, T0, T0.plus(LEASE)))).containsExactly(5L);
        inbox.store(List.of(update(4, ALICE), update(6, BOB)));

        assertThat(ids(inbox.claim("worker-b", 10, T0, T0.plus(LEASE)))).as("Alice is in worker-a's hands")
                .containsExactly(6L);

        inbox.finish(5, "worker-a", "ok", T0);
        assertThat(ids(inbox.claim("worker-b", 10, T0, T0.plus(LEASE)))).containsExactly(4L);
    }

    @Test
    public void pruneFinished_deletesOnlyUpdatesFinishedBeforeTheInstant_upToTheLimit() {
        inbox.store(List.of(update(1, 1), update(2, 2), update(3, 3), update(4, 4), update(5, 5)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));
        inbox.finish(1, "worker-a", "ok", T0.plusSeconds(1));
        inbox.finish(2, "worker-a", "ok", T0.plusSeconds(2));
        inbox.finish(3, "worker-a", "ok", T0.plusSeconds(3));
        inbox.finish(4, "worker-a", "ok", T0.plusSeconds(10));

        assertThat(inbox.pruneFinished(T0.plusSeconds(10), 2)).isEqualTo(2);
        assertThat(inbox.pruneFinished(T0.plusSeconds(10), 100)).isEqualTo(1);
        assertThat(inbox.pruneFinished(T0.plusSeconds(10), 100)).isZero();
        assertThat(inbox.pruneFinished(T0.plusSeconds(11), 0)).isZero();

        assertThat(inbox.depth().unfinished()).as("the unfinished one is kept").isEqualTo(1);
        assertThat(inbox.store(List.of(update(1, 1)))).as("a pruned update is forgotten").isEqualTo(1);
        assertThat(inbox.store(List.of(update(4, 4)))).as("a kept finished one is not").isZero();
    }

    @Test
    public void depth_countsWaitingAndLeasedUpdatesAndTheOldestArrival() {
        assertThat(inbox.depth()).isEqualTo(new Depth(0, Optional.empty()));
        inbox.store(List.of(StoredUpdate.received(1, ALICE, "message", "{}", T0.plusSeconds(5)),
                StoredUpdate.received(2, BOB, "message", "{}", T0.plusSeconds(3)),
                StoredUpdate.received(3, CAROL, "message", "{}", T0.plusSeconds(1))));
        inbox.claim("worker-a", 3, T0.plusSeconds(6), T0.plus(LEASE));
        inbox.finish(3, "worker-a", "ok", T0.plusSeconds(7));

        assertThat(inbox.depth()).isEqualTo(new Depth(2, Optional.of(T0.plusSeconds(3))));
    }

    /** Polling and a webhook retry (or two instances) may store the same updates at the same moment. */
    @Test
    public void store_racedByTwoCallersWithTheSameUpdates_storesEachOnce() throws Exception {
        List<StoredUpdate> updates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            updates.add(update(500 + i, 1 + (i % 7)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> callers = new ArrayList<>();
            for (int caller = 0; caller < 2; caller++) {
                callers.add(pool.submit(() -> {
                    start.await();
                    int stored = 0;
                    for (int from = 0; from < updates.size(); from += 10) {
                        stored += inbox.store(updates.subList(from, from + 10));
                    }
                    return stored;
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<Integer> caller : callers) {
                stored += caller.get(60, TimeUnit.SECONDS);
            }
            assertThat(stored).isEqualTo(updates.size());
            assertThat(inbox.depth().unfinished()).isEqualTo(updates.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Two workers (threads; on a database, two connections) claim and finish as fast as they can until every update
     * is done: none is ever leased twice, no two updates of one key are ever in hand at once, and each key's updates
     * finish in update_id order.
     */
    @Test
    public void claim_racedByTwoWorkers_neverLeasesAnUpdateTwiceAndKeepsEachKeysOrder() throws Exception {
        int keys = 12;
        int perKey = 15;
        List<StoredUpdate> updates = new ArrayList<>();
        for (int i = 0; i < keys * perKey; i++) {
            updates.add(update(100 + i, 1 + (i % keys)));
        }
        inbox.store(updates);
        Set<Long> keysInHand = ConcurrentHashMap.newKeySet();
        Map<Long, List<Long>> finishOrder = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (String owner : List.of("worker-a", "worker-b")) {
                workers.add(pool.submit(() -> {
                    start.await();
                    int claimedByMe = 0;
                    int idleRounds = 0;
                    while (finished.get() < updates.size() && idleRounds < 2_000) {
                        List<StoredUpdate> batch = inbox.claim(owner, 4, T0, T0.plus(LEASE));
                        idleRounds = batch.isEmpty() ? idleRounds + 1 : 0;
                        if (batch.isEmpty()) {
                            Thread.yield();
                        }
                        for (StoredUpdate u : batch) {
                            claimedByMe++;
                            if (u.attempts() != 1) {
                                violations.add(u.updateId() + " leased " + u.attempts() + " times");
                            }
                            if (!keysInHand.add(u.orderingKey())) {
                                violations.add("key " + u.orderingKey() + " in two hands at " + u.updateId());
                            }
                        }
                        for (StoredUpdate u : batch) {
                            finishOrder.computeIfAbsent(u.orderingKey(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(u.updateId());
                            keysInHand.remove(u.orderingKey());
                            if (!inbox.finish(u.updateId(), owner, "ok", T0)) {
                                violations.add(owner + " could not finish " + u.updateId());
                            }
                            finished.incrementAndGet();
                        }
                    }
                    return claimedByMe;
                }));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Integer> worker : workers) {
                claimed += worker.get(60, TimeUnit.SECONDS);
            }
            assertThat(violations).isEmpty();
            assertThat(claimed).isEqualTo(updates.size());
            assertThat(finishOrder).hasSize(keys);
            finishOrder.values().forEach(order -> assertThat(order).hasSize(perKey).isSorted());
            assertThat(inbox.depth().unfinished()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
