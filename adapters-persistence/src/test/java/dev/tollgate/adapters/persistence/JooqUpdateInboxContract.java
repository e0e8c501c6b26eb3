package dev.tollgate.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.UpdateInboxContract;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.UpdateInbox;
import dev.tollgate.application.port.out.UpdateInbox.StoredUpdate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The inbox contract plus what only a database can show: a claim inside a transaction that has not committed yet
 * keeps its updates and their keys from a second connection's claim, which passes over them instead of waiting.
 */
abstract class JooqUpdateInboxContract extends UpdateInboxContract {

    protected abstract Injector injector();

    @Override
    protected UpdateInbox emptyInbox() {
        return JooqEdgeStoresSuite.emptied(injector());
    }

    @Test
    void finishForgettingPayload_replacesTheStoredJsonSoTheTypedSecretIsGone() {
        inbox.store(List.of(StoredUpdate.received(30, 1, "message",
                "{\"update_id\":30,\"message\":{\"text\":\"admin s3cret!\"}}", T0), update(31, 2)));
        inbox.claim("worker-a", 10, T0, T0.plus(LEASE));

        inbox.finishForgettingPayload(30, "worker-a", "ok, typed secret deleted", T0);
        inbox.finish(31, "worker-a", "ok", T0);

        org.jooq.DSLContext dsl = injector().getInstance(org.jooq.DSLContext.class);
        var updates = dev.tollgate.adapters.persistence.generated.Tables.TELEGRAM_UPDATES;
        org.assertj.core.api.Assertions.assertThat(dsl.select(updates.PAYLOAD).from(updates)
                .where(updates.UPDATE_ID.eq(30L)).fetchOne(updates.PAYLOAD)).isEqualTo("{\"update_id\":30}");
        org.assertj.core.api.Assertions.assertThat(dsl.select(updates.PAYLOAD).from(updates)
                .where(updates.UPDATE_ID.eq(31L)).fetchOne(updates.PAYLOAD)).contains("\"text\":\"hi\"");
    }

    @Test
    void claim_whileAnotherConnectionsClaimIsUncommitted_passesOverItsUpdatesAndTheirKeys() throws Exception {
        inbox.store(List.of(update(1, 1), update(2, 2), update(3, 1), update(4, 3), update(5, 2), update(6, 4)));
        TransactionRunner transactions = injector().getInstance(TransactionRunner.class);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<StoredUpdate>> first = pool.submit(() -> transactions.inTransaction(() -> {
                List<StoredUpdate> mine = inbox.claim("worker-a", 2, T0, T0.plus(LEASE));
                firstClaimed.countDown();
                await(secondDone);
                return mine;
            }));
            assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();

            List<StoredUpdate> second = inbox.claim("worker-b", 10, T0, T0.plus(LEASE));
            secondDone.countDown();

            assertThat(ids(first.get(30, TimeUnit.SECONDS))).containsExactly(1L, 2L);
            assertThat(ids(second)).containsExactly(4L, 6L);
            assertThat(inbox.claim("worker-c", 10, T0, T0.plus(LEASE))).isEmpty();
        } finally {
            secondDone.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
