package dev.tollgate.adapters.telegram.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.fakes.InMemoryUpdateInbox;
import dev.tollgate.application.port.out.StoreUnavailableException;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The workers over the inbox: per-user order, nothing lost when an instance dies mid-update, failures retried. */
class InboxWorkersTest {

    private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
    private final Clock clock = Clock.systemUTC();
    private final Map<Long, List<Long>> finishedPerUser = new ConcurrentHashMap<>();

    private static InboxWorkers.Settings settings(int workers) {
        return new InboxWorkers.Settings(workers, Duration.ofMillis(600), Duration.ofMillis(20), 3, Duration.ofHours(1));
    }

    private void store(int users, int perUser) {
        List<StoredUpdate> updates = new ArrayList<>();
        long id = 1;
        for (int round = 0; round < perUser; round++) {
            for (long user = 1; user <= users; user++) {
                updates.add(StoredUpdate.received(id++, user, "message", "{}", Instant.now()));
            }
        }
        inbox.store(updates);
    }

    private void awaitDrained() throws InterruptedException {
        for (int i = 0; i < 500 && inbox.depth().unfinished() > 0; i++) {
            Thread.sleep(20);
        }
        assertThat(inbox.depth().unfinished()).isZero();
    }

    private InboxWorkers.Handler recording(AtomicInteger overlapping) {
        Map<Long, AtomicInteger> busy = new ConcurrentHashMap<>();
        return new InboxWorkers.Handler() {
            @Override
            public String handle(StoredUpdate update) {
                if (busy.computeIfAbsent(update.orderingKey(), k -> new AtomicInteger()).incrementAndGet() > 1) {
                    overlapping.incrementAndGet();
                }
                finishedPerUser.computeIfAbsent(update.orderingKey(), k -> new CopyOnWriteArrayList<>()).add(update.updateId());
                busy.get(update.orderingKey()).decrementAndGet();
                return "ok";
            }

            @Override
            public void giveUp(StoredUpdate update, RuntimeException cause) {
            }
        };
    }

    @Test
    void updates_ofManyUsers_areHandledOnceEachAndEachUsersInOrder() throws Exception {
        store(20, 10);
        AtomicInteger overlapping = new AtomicInteger();
        InboxWorkers workers = new InboxWorkers(inbox, recording(overlapping), clock, settings(8), "a");
        workers.start();
        awaitDrained();
        workers.stop(Duration.ofSeconds(1));
        assertThat(overlapping.get()).isZero();
        assertThat(finishedPerUser).hasSize(20);
        finishedPerUser.values().forEach(ids -> assertThat(ids).hasSize(10).isSorted());
    }

    @Test
    void anInstanceThatDiesMidUpdate_losesNothing_anotherTakesOverWhenTheLeaseRunsOut() throws Exception {
        store(5, 4);
        CountDownLatch stuck = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        InboxWorkers dying = new InboxWorkers(inbox, new InboxWorkers.Handler() {
            @Override
            public String handle(StoredUpdate update) {
                if (first.getAndSet(false)) {
                    stuck.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("killed");
                }
                finishedPerUser.computeIfAbsent(update.orderingKey(), k -> new CopyOnWriteArrayList<>()).add(update.updateId());
                return "ok";
            }

            @Override
            public void giveUp(StoredUpdate update, RuntimeException cause) {
            }
        }, clock, settings(1), "dying");
        dying.start();
        assertThat(stuck.await(5, TimeUnit.SECONDS)).isTrue();
        dying.halt();

        InboxWorkers survivor = new InboxWorkers(inbox, recording(new AtomicInteger()), clock, settings(2), "survivor");
        survivor.start();
        awaitDrained();
        survivor.stop(Duration.ofSeconds(1));
        int handled = finishedPerUser.values().stream().mapToInt(List::size).sum();
        assertThat(handled).isEqualTo(20);
        finishedPerUser.values().forEach(ids -> assertThat(ids).isSorted().doesNotHaveDuplicates());
    }

    @Test
    void aFailingUpdate_isTriedAgainThenGivenUpWithoutHoldingBackTheOthers() throws Exception {
        store(3, 2);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<Long> givenUp = new CopyOnWriteArrayList<>();
        AtomicInteger storeDown = new AtomicInteger(2);
        InboxWorkers workers = new InboxWorkers(inbox, new InboxWorkers.Handler() {
            @Override
            public String handle(StoredUpdate update) {
                if (update.updateId() == 2) {
                    throw new IllegalStateException("always broken");
                }
                if (update.updateId() == 3 && storeDown.getAndDecrement() > 0) {
                    throw new StoreUnavailableException("database away", null);
                }
                finishedPerUser.computeIfAbsent(update.orderingKey(), k -> new CopyOnWriteArrayList<>()).add(update.updateId());
                return "ok";
            }

            @Override
            public void giveUp(StoredUpdate update, RuntimeException cause) {
                givenUp.add(update.updateId());
            }
        }, clock, new InboxWorkers.Settings(2, Duration.ofSeconds(5), Duration.ofMillis(20), 2, Duration.ofHours(1)), "w",
                new BotMetrics(registry));
        workers.start();
        for (int i = 0; i < 600 && inbox.depth().unfinished() > 0; i++) {
            Thread.sleep(20);
        }
        workers.stop(Duration.ofSeconds(1));
        assertThat(givenUp).containsExactly(2L);
        assertThat(inbox.outcomeOf(2)).hasValueSatisfying(outcome -> assertThat(outcome).startsWith("failed"));
        assertThat(finishedPerUser.get(3L)).containsExactly(3L, 6L);
        assertThat(finishedPerUser.get(2L)).containsExactly(5L);
        // Five handled; update 2 retried once then given up; update 3 put back twice while the database was away.
        assertThat(registry.get("tollgate.bot.updates").tags("kind", "message", "outcome", "ok").counter().count()).isEqualTo(5);
        assertThat(registry.get("tollgate.bot.updates").tags("kind", "message", "outcome", "retried").counter().count()).isEqualTo(3);
        assertThat(registry.get("tollgate.bot.updates").tags("kind", "message", "outcome", "failed").counter().count()).isEqualTo(1);
    }
}
