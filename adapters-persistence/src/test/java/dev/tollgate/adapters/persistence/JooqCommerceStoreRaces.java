package dev.tollgate.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import dev.tollgate.application.contracts.CommerceStoreContract;
import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.order.OrderStatus;
import dev.tollgate.domain.payment.Payment;
import dev.tollgate.domain.payment.PaymentId;
import dev.tollgate.domain.payment.PaymentProvider;
import dev.tollgate.domain.provisioning.ProvisioningTask;
import dev.tollgate.domain.provisioning.ProvisioningTaskId;
import dev.tollgate.domain.reminder.ReminderKey;
import dev.tollgate.domain.reminder.ReminderKind;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.wallet.LedgerEntry;
import dev.tollgate.domain.wallet.LedgerEntryKind;
import dev.tollgate.domain.wallet.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What only a real database can show about the commerce stores: a transaction over several stores rolls back as one,
 * and two connections racing for the same work, money, payment or reminder never both win. Races start two threads
 * that meet at a latch inside their transactions, so both have read before either writes.
 */
abstract class JooqCommerceStoreRaces extends CommerceStoreContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract Injector injector();

    @Test
    void transaction_whenWorkFailsAfterWritesToSeveralStores_rollsBackEveryOne() {
        Order order = newOrder(newCustomer(), T0);
        Subscription subscription = newSubscription(order);
        Payment payment = Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                PaymentProvider.TELEGRAM_STARS, "ext-" + UUID.randomUUID(), Money.of(250, Currency.XTR), T0);
        ProvisioningTask task = ProvisioningTask.due(order.id(), subscription.id(), T0);
        ReminderKey reminder = new ReminderKey(subscription.id(), ReminderKind.EXPIRES_IN_3_DAYS, T0);
        assertThatThrownBy(() -> stores().transactions().run(() -> {
            Order paid = stores().orders().findById(order.id()).orElseThrow();
            paid.markPaid(Money.of(250, Currency.XTR), T0);
            stores().orders().update(paid);
            stores().payments().record(payment);
            stores().ledger().append(stores().ledger().wallet(order.customer(), Currency.XTR).credit(
                    Money.of(5, Currency.XTR), LedgerEntryKind.CASHBACK, "cashback:" + order.id(), order.id(), null, T0));
            stores().provisioning().enqueue(task);
            stores().reminders().record(reminder, T0);
            throw new IllegalStateException("boom after every write");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom after every write");

        Order stored = stores().orders().findById(order.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(stored.version()).isZero();
        assertThat(stores().payments().findById(payment.id())).isEmpty();
        assertThat(stores().ledger().entries(order.customer())).isEmpty();
        assertThat(stores().provisioning().findByOrder(order.id())).isEmpty();
        assertThat(stores().reminders().contains(reminder)).isFalse();
    }

    @Test
    void transaction_whenADuplicateKeyIsHitMidway_keepsNoEarlierWrite() {
        Order order = newOrder(newCustomer(), T0);
        String external = "ext-" + UUID.randomUUID();
        stores().transactions().run(() -> stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(),
                order.customer(), PaymentProvider.CRYPTO_BOT, external, Money.of(250, Currency.XTR), T0)));
        assertThatThrownBy(() -> stores().transactions().run(() -> {
            Order paid = stores().orders().findById(order.id()).orElseThrow();
            paid.markPaid(Money.of(250, Currency.XTR), T0);
            stores().orders().update(paid);
            stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), order.customer(),
                    PaymentProvider.CRYPTO_BOT, external, Money.of(250, Currency.XTR), T0));
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(stores().orders().findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void append_lineThatDoesNotContinueTheStoredBalance_isRefused() {
        TelegramUserId owner = newCustomer();
        stores().transactions().run(() -> stores().ledger().append(stores().ledger().wallet(owner, Currency.USD)
                .credit(Money.of(100, Currency.USD), LedgerEntryKind.TOP_UP, "topup:" + UUID.randomUUID(), null, null, T0)));
        LedgerEntry forged = Wallet.rehydrate(owner, Money.of(1_000, Currency.USD), 1).debit(Money.of(900, Currency.USD),
                LedgerEntryKind.PAYMENT, "pay:" + UUID.randomUUID(), null, null, T0);
        assertThatThrownBy(() -> stores().transactions().run(() -> stores().ledger().append(forged)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stores().ledger().wallet(owner, Currency.USD).balance()).isEqualTo(Money.of(100, Currency.USD));
    }

    @Test
    void append_afterAConflictInsideTheSameTransaction_canBeRetriedThere() throws Exception {
        TelegramUserId owner = newCustomer();
        stores().transactions().run(() -> stores().ledger().append(stores().ledger().wallet(owner, Currency.XTR)
                .credit(Money.of(100, Currency.XTR), LedgerEntryKind.TOP_UP, "topup:" + UUID.randomUUID(), null, null, T0)));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            LedgerEntry retried = stores().transactions().inTransaction(() -> {
                Wallet stale = stores().ledger().wallet(owner, Currency.XTR);
                // Another connection appends and commits between our read and our write.
                join(other.submit(() -> stores().transactions().run(() -> stores().ledger().append(
                        stores().ledger().wallet(owner, Currency.XTR).credit(Money.of(7, Currency.XTR),
                                LedgerEntryKind.CASHBACK, "cashback:" + UUID.randomUUID(), null, null, T0)))));
                LedgerEntry first = stale.debit(Money.of(50, Currency.XTR), LedgerEntryKind.PAYMENT,
                        "pay:" + UUID.randomUUID(), null, null, T0);
                assertThatThrownBy(() -> stores().ledger().append(first)).isInstanceOf(ConcurrentUpdateException.class);
                LedgerEntry again = stores().ledger().wallet(owner, Currency.XTR).debit(Money.of(50, Currency.XTR),
                        LedgerEntryKind.PAYMENT, first.idempotencyKey(), null, null, T0);
                stores().ledger().append(again);
                return again;
            });
            assertThat(retried.sequence()).isEqualTo(3);
            assertThat(stores().ledger().wallet(owner, Currency.XTR).balance()).isEqualTo(Money.of(57, Currency.XTR));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void claimDue_racedByTwoWorkers_neverHandsOutATaskTwice() throws Exception {
        Instant at = Instant.parse("2006-06-06T00:00:00Z");
        Set<ProvisioningTaskId> mine = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            Order order = newOrder(newCustomer(), at);
            Subscription subscription = newSubscription(order);
            ProvisioningTask task = ProvisioningTask.due(order.id(), subscription.id(), at.plusMillis(i));
            stores().transactions().run(() -> stores().provisioning().enqueue(task));
            mine.add(task.id());
        }
        Instant now = at.plusSeconds(1);
        List<ProvisioningTaskId> claimedByA = new ArrayList<>();
        List<ProvisioningTaskId> claimedByB = new ArrayList<>();
        List<String> outcomes = race(latch -> {
            String holder = Thread.currentThread().getName();
            List<ProvisioningTaskId> claimed = new ArrayList<>();
            await(latch);
            List<ProvisioningTask> batch;
            do {
                batch = stores().provisioning().claimDue(holder, now, LEASE, 3);
                batch.stream().map(ProvisioningTask::id).filter(mine::contains).forEach(claimed::add);
            } while (!batch.isEmpty());
            synchronized (claimedByA) {
                (claimedByA.isEmpty() ? claimedByA : claimedByB).addAll(claimed);
            }
            return "done";
        });
        assertThat(outcomes).containsExactly("done", "done");
        List<ProvisioningTaskId> all = new ArrayList<>(claimedByA);
        all.addAll(claimedByB);
        assertThat(all).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(mine);
        for (ProvisioningTaskId id : mine) {
            assertThat(stores().provisioning().findById(id).orElseThrow().leasedUntil()).isEqualTo(now.plus(LEASE));
        }
    }

    @Test
    void claimDue_whileAnotherWorkerHoldsItsBatchUncommitted_takesTheOthersWithoutWaiting() throws Exception {
        // Earlier than any other test's tasks, so both workers can only see these three.
        Instant at = Instant.parse("1990-01-01T00:00:00Z");
        List<ProvisioningTaskId> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Order order = newOrder(newCustomer(), at);
            ProvisioningTask task = ProvisioningTask.due(order.id(), newSubscription(order).id(), at.plusMillis(i));
            stores().transactions().run(() -> stores().provisioning().enqueue(task));
            mine.add(task.id());
        }
        Instant now = at.plusSeconds(1);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Worker A claims the oldest task inside a transaction and keeps it open (its row stays locked) until B is done.
            Future<List<ProvisioningTask>> first = pool.submit(() -> stores().transactions().inTransaction(() -> {
                List<ProvisioningTask> batch = stores().provisioning().claimDue("worker-a", now, LEASE, 1);
                firstClaimed.countDown();
                awaitOrFail(secondDone);
                return batch;
            }));
            // B must skip A's locked row rather than wait for A's commit, which waits for B: waiting would end only
            // with A's 20-second guard, and B would then get nothing.
            Future<List<ProvisioningTask>> second = pool.submit(() -> {
                try {
                    awaitOrFail(firstClaimed);
                    return stores().provisioning().claimDue("worker-b", now, LEASE, 10);
                } finally {
                    secondDone.countDown();
                }
            });
            assertThat(second.get(60, TimeUnit.SECONDS)).extracting(ProvisioningTask::id)
                    .containsExactly(mine.get(1), mine.get(2));
            assertThat(first.get(60, TimeUnit.SECONDS)).extracting(ProvisioningTask::id).containsExactly(mine.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claimDue_withALimit_leasesNoMoreThanThat() {
        Instant at = Instant.parse("1995-01-01T00:00:00Z");
        List<ProvisioningTaskId> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Order order = newOrder(newCustomer(), at);
            ProvisioningTask task = ProvisioningTask.due(order.id(), newSubscription(order).id(), at.plusMillis(i));
            stores().transactions().run(() -> stores().provisioning().enqueue(task));
            mine.add(task.id());
        }
        Instant now = at.plusSeconds(1);
        List<ProvisioningTask> firstTwo = stores().provisioning().claimDue("limited", now, LEASE, 2);
        List<ProvisioningTask> rest = stores().provisioning().claimDue("everything", now, LEASE, 10_000);
        assertThat(firstTwo).hasSize(2);
        assertThat(rest).extracting(ProvisioningTask::id)
                .doesNotContainAnyElementsOf(firstTwo.stream().map(ProvisioningTask::id).toList());
        for (ProvisioningTaskId id : mine) {
            assertThat(stores().provisioning().findById(id).orElseThrow().leaseHolder()).isIn("limited", "everything");
        }
    }

    @Test
    void claim_sameTaskRacedByTwoWorkers_leasesItToExactlyOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            Order order = newOrder(newCustomer(), T0);
            ProvisioningTask task = ProvisioningTask.due(order.id(), newSubscription(order).id(), T0);
            stores().transactions().run(() -> stores().provisioning().enqueue(task));
            List<String> outcomes = race(latch -> {
                await(latch);
                return stores().provisioning().claim(task.id(), Thread.currentThread().getName(), T0, LEASE)
                        .map(leased -> "leased").orElse("refused");
            });
            assertThat(outcomes).containsExactlyInAnyOrder("leased", "refused");
        }
    }

    @Test
    void debit_racedFromTwoConnections_isTakenOnceAndNeverOverdraws() throws Exception {
        for (int round = 0; round < 5; round++) {
            TelegramUserId owner = newCustomer();
            stores().transactions().run(() -> stores().ledger().append(stores().ledger().wallet(owner, Currency.XTR)
                    .credit(Money.of(300, Currency.XTR), LedgerEntryKind.TOP_UP, "topup:" + UUID.randomUUID(), null,
                            null, T0)));
            List<String> outcomes = race(latch -> {
                try {
                    stores().transactions().run(() -> {
                        Wallet wallet = stores().ledger().wallet(owner, Currency.XTR);
                        await(latch);
                        stores().ledger().append(wallet.debit(Money.of(250, Currency.XTR), LedgerEntryKind.PAYMENT,
                                "pay:" + UUID.randomUUID(), null, null, T0));
                    });
                    return "debited";
                } catch (ConcurrentUpdateException e) {
                    return "conflict";
                }
            });
            assertThat(outcomes).containsExactlyInAnyOrder("debited", "conflict");
            assertThat(stores().ledger().wallet(owner, Currency.XTR).balance()).isEqualTo(Money.of(50, Currency.XTR));
            assertThat(stores().ledger().entries(owner)).extracting(LedgerEntry::balanceAfter)
                    .allSatisfy(balance -> assertThat(balance.isNegative()).isFalse());
        }
    }

    @Test
    void paymentCallback_racedTwice_isRecordedAndCreditedOnce() throws Exception {
        TelegramUserId payer = newCustomer();
        Order order = newOrder(payer, T0);
        String external = "stars-" + UUID.randomUUID();
        List<String> outcomes = race(latch -> {
            try {
                stores().transactions().run(() -> {
                    stores().ledger().wallet(payer, Currency.XTR);
                    await(latch);
                    stores().payments().record(Payment.confirmed(PaymentId.random(), order.id(), payer,
                            PaymentProvider.TELEGRAM_STARS, external, Money.of(250, Currency.XTR), T0));
                    stores().ledger().append(stores().ledger().wallet(payer, Currency.XTR).credit(
                            Money.of(250, Currency.XTR), LedgerEntryKind.TOP_UP, "payment:" + external, order.id(),
                            null, T0));
                });
                return "credited";
            } catch (DuplicateKeyException e) {
                return "replay";
            }
        });
        assertThat(outcomes).containsExactlyInAnyOrder("credited", "replay");
        assertThat(stores().payments().findByOrder(order.id())).hasSize(1);
        assertThat(stores().ledger().wallet(payer, Currency.XTR).balance()).isEqualTo(Money.of(250, Currency.XTR));
    }

    @Test
    void reminder_racedByTwoJobRuns_isClaimedOnce() throws Exception {
        Subscription subscription = newSubscription(newOrder(newCustomer(), T0));
        ReminderKey key = new ReminderKey(subscription.id(), ReminderKind.EXPIRES_IN_24_HOURS, T0);
        List<String> outcomes = race(latch -> {
            try {
                stores().transactions().run(() -> {
                    boolean seen = stores().reminders().contains(key);
                    await(latch);
                    if (!seen) {
                        stores().reminders().record(key, T0);
                    }
                });
                return "send";
            } catch (DuplicateKeyException e) {
                return "skip";
            }
        });
        assertThat(outcomes).containsExactlyInAnyOrder("send", "skip");
        assertThat(stores().reminders().contains(key)).isTrue();
    }

    /** Runs {@code work} on two threads at once, each with its own connection; both get the same two-party latch. */
    private static List<String> race(Function<CountDownLatch, String> work) throws Exception {
        CountDownLatch latch = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> work.apply(latch)));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void join(Future<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other worker never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        latch.countDown();
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other racer never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
