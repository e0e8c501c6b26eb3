package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.ConcurrentUpdateException;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.application.port.out.TrialClaims;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.plan.PlanId;
import dev.tollgate.domain.plan.PlanTerms;
import dev.tollgate.domain.plan.RenewalPolicy;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.subscription.SubscriptionMove;
import dev.tollgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the customer, subscription and trial-claim ports promises, run against the
 * in-memory fakes and against each database. Each test uses fresh random ids, so stores may be shared.
 */
public abstract class RepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    protected abstract CustomerRepository customers();

    protected abstract SubscriptionRepository subscriptions();

    protected abstract TrialClaims trialClaims();

    protected abstract TransactionRunner transactions();

    protected TelegramUserId newCustomer() {
        TelegramUserId id = new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        transactions().run(() -> customers().insert(Customer.firstContact(id, Language.FA, T0)));
        return id;
    }

    protected Subscription newPending(TelegramUserId owner, SubscriptionKind kind, String server, Instant createdAt) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        return Subscription.createPending(id, owner, kind, new ServerId(server),
                new ClientCredential("tg" + owner.value() + "-" + id.value().toString().substring(0, 8), UUID.randomUUID().toString()),
                Duration.ofDays(30).plusHours(3), DataSize.ofBytes(53_687_091_200L), createdAt);
    }

    @Test
    public void customer_roundTrip_keepsEveryField() {
        TelegramUserId id = newCustomer();
        Customer stored = customers().findById(id).orElseThrow();
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.language()).isEqualTo(Language.FA);
        assertThat(stored.firstSeenAt()).isEqualTo(T0);
        assertThat(stored.version()).isZero();
    }

    @Test
    public void customer_roundTrip_keepsTheChosenLanguageAndWhenTheBotWasBlocked() {
        TelegramUserId id = newCustomer();
        Customer stored = customers().findById(id).orElseThrow();
        assertThat(stored.languageChosen()).isFalse();
        assertThat(stored.blockedBotAt()).isEmpty();

        stored.chooseLanguage(Language.RU);
        stored.blockedTheBot(T0.plusSeconds(3_600));
        transactions().run(() -> customers().update(stored));
        Customer blocked = customers().findById(id).orElseThrow();
        assertThat(blocked.language()).isEqualTo(Language.RU);
        assertThat(blocked.languageChosen()).isTrue();
        assertThat(blocked.blockedBotAt()).contains(T0.plusSeconds(3_600));
        assertThat(blocked.version()).isEqualTo(1);

        blocked.returned();
        transactions().run(() -> customers().update(blocked));
        Customer back = customers().findById(id).orElseThrow();
        assertThat(back.blockedBotAt()).isEmpty();
        assertThat(back.languageChosen()).isTrue();
    }

    @Test
    public void customer_insertedWithEveryColumnSet_keepsThem() {
        TelegramUserId id = new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        transactions().run(() -> customers().insert(Customer.rehydrate(id, Language.EN, true, T0.plusSeconds(7), T0, 0)));

        Customer stored = customers().findById(id).orElseThrow();
        assertThat(stored.language()).isEqualTo(Language.EN);
        assertThat(stored.languageChosen()).isTrue();
        assertThat(stored.blockedBotAt()).contains(T0.plusSeconds(7));
        assertThat(stored.firstSeenAt()).isEqualTo(T0);
    }

    @Test
    public void customer_insertTwice_isADuplicateKey() {
        TelegramUserId id = newCustomer();
        assertThatThrownBy(() -> transactions().run(() -> customers().insert(Customer.firstContact(id, Language.EN, T0))))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void customer_updateWithStaleVersion_isAConcurrentUpdate() {
        TelegramUserId id = newCustomer();
        Customer first = customers().findById(id).orElseThrow();
        Customer second = customers().findById(id).orElseThrow();
        first.changeLanguage(Language.RU);
        transactions().run(() -> customers().update(first));
        second.changeLanguage(Language.EN);
        assertThatThrownBy(() -> transactions().run(() -> customers().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        Customer stored = customers().findById(id).orElseThrow();
        assertThat(stored.language()).isEqualTo(Language.RU);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    public void subscription_roundTrip_keepsEveryField() {
        TelegramUserId owner = newCustomer();
        Subscription pending = newPending(owner, SubscriptionKind.TRIAL, "de-1", T0);
        transactions().run(() -> subscriptions().insert(pending));
        Subscription stored = subscriptions().findById(pending.id()).orElseThrow();
        assertSameFields(stored, pending);
        assertThat(stored.version()).isZero();

        stored.activate(T0.plusSeconds(90));
        transactions().run(() -> subscriptions().update(stored));
        Subscription active = subscriptions().findById(pending.id()).orElseThrow();
        assertSameFields(active, stored);
        assertThat(active.version()).isEqualTo(1);
    }

    @Test
    public void subscription_roundTrip_keepsPlanUsageDeviceLimitAndFlags() {
        TelegramUserId owner = newCustomer();
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        PlanTerms terms = new PlanTerms(new PlanId("month-50g"), Duration.ofDays(30), DataSize.ofGibibytes(50), 3, true,
                RenewalPolicy.STACK_BOTH);
        Subscription paid = Subscription.createForPlan(id, owner, SubscriptionKind.PAID, new ServerId("de-1"),
                new ClientCredential("tg" + owner.value() + "-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString()), terms, T0);
        transactions().run(() -> subscriptions().insert(paid));
        Subscription stored = subscriptions().findById(id).orElseThrow();
        assertSameFields(stored, paid);

        stored.activate(T0.plusSeconds(5));
        stored.recordUsage(DataSize.ofBytes(123_456_789L), T0.plusSeconds(3_600));
        stored.changeAutoRenew(true);
        transactions().run(() -> subscriptions().update(stored));
        Subscription used = subscriptions().findById(id).orElseThrow();
        assertSameFields(used, stored);
        assertThat(used.plan()).contains(new PlanId("month-50g"));
        assertThat(used.trafficUsed()).isEqualTo(DataSize.ofBytes(123_456_789L));
        assertThat(used.deviceLimit()).isEqualTo(3);
        assertThat(used.startOnFirstUse()).isTrue();
        assertThat(used.autoRenew()).isTrue();
        assertThat(used.expiresAt()).contains(T0.plusSeconds(3_600).plus(Duration.ofDays(30)));
    }

    @Test
    public void findByStatus_returnsOnlyTheGivenStatesOldestFirst() {
        TelegramUserId owner = newCustomer();
        Instant veryOld = Instant.parse("2001-01-01T00:00:00Z");
        Subscription pending = newPending(owner, SubscriptionKind.PAID, "s-1", veryOld);
        Subscription older = newPending(owner, SubscriptionKind.PAID, "s-1", veryOld.plusSeconds(1));
        Subscription newer = newPending(owner, SubscriptionKind.PAID, "s-1", veryOld.plusSeconds(2));
        transactions().run(() -> {
            subscriptions().insert(newer);
            subscriptions().insert(pending);
            subscriptions().insert(older);
        });
        for (Subscription s : List.of(older, newer)) {
            Subscription stored = subscriptions().findById(s.id()).orElseThrow();
            stored.activate(veryOld.plusSeconds(10));
            transactions().run(() -> subscriptions().update(stored));
        }
        Subscription revoked = subscriptions().findById(newer.id()).orElseThrow();
        revoked.revoke();
        transactions().run(() -> subscriptions().update(revoked));

        List<SubscriptionId> active = subscriptions().findByStatus(Set.of(SubscriptionStatus.ACTIVE)).stream()
                .map(Subscription::id).filter(id -> List.of(pending.id(), older.id(), newer.id()).contains(id)).toList();
        assertThat(active).containsExactly(older.id());
        List<SubscriptionId> some = subscriptions().findByStatus(
                        Set.of(SubscriptionStatus.PENDING_ACTIVATION, SubscriptionStatus.REVOKED)).stream()
                .map(Subscription::id).filter(id -> List.of(pending.id(), older.id(), newer.id()).contains(id)).toList();
        assertThat(some).containsExactly(pending.id(), newer.id());
    }

    @Test
    public void countLiveByServer_countsPendingActiveAndLimited_notEndedOnes() {
        TelegramUserId owner = newCustomer();
        String server = "load-" + UUID.randomUUID().toString().substring(0, 8);
        String other = server + "-b";
        Subscription pending = newPending(owner, SubscriptionKind.PAID, server, T0);
        Subscription active = newPending(owner, SubscriptionKind.PAID, server, T0);
        Subscription revoked = newPending(owner, SubscriptionKind.PAID, server, T0);
        Subscription elsewhere = newPending(owner, SubscriptionKind.TRIAL, other, T0);
        transactions().run(() -> List.of(pending, active, revoked, elsewhere).forEach(subscriptions()::insert));
        Subscription activated = subscriptions().findById(active.id()).orElseThrow();
        activated.activate(T0);
        Subscription ended = subscriptions().findById(revoked.id()).orElseThrow();
        ended.revoke();
        transactions().run(() -> {
            subscriptions().update(activated);
            subscriptions().update(ended);
        });

        Map<ServerId, Long> live = subscriptions().countLiveByServer();
        assertThat(live).containsEntry(new ServerId(server), 2L).containsEntry(new ServerId(other), 1L);
    }

    @Test
    public void subscription_move_keepsEachPhaseAndTheNewServer_andIsFoundWhileUnderWay() {
        TelegramUserId owner = newCustomer();
        Subscription pending = newPending(owner, SubscriptionKind.PAID, "mv-a", T0);
        transactions().run(() -> subscriptions().insert(pending));
        Subscription moving = subscriptions().findById(pending.id()).orElseThrow();
        moving.activate(T0);
        SubscriptionMove.start(moving, new ServerId("mv-b"));
        transactions().run(() -> subscriptions().update(moving));

        Subscription first = subscriptions().findById(pending.id()).orElseThrow();
        assertThat(first.server()).isEqualTo(new ServerId("mv-a"));
        assertThat(first.move()).isEqualTo(new SubscriptionMove(new ServerId("mv-b"), null));
        assertThat(subscriptions().findMoving()).extracting(Subscription::id).contains(pending.id());

        SubscriptionMove.switchOver(first);
        transactions().run(() -> subscriptions().update(first));
        Subscription second = subscriptions().findById(pending.id()).orElseThrow();
        assertThat(second.server()).isEqualTo(new ServerId("mv-b"));
        assertThat(second.move()).isEqualTo(new SubscriptionMove(null, new ServerId("mv-a")));
        assertThat(subscriptions().findActiveOnServer(new ServerId("mv-b"))).extracting(Subscription::id).contains(pending.id());

        SubscriptionMove.restore(second, SubscriptionMove.NONE);
        transactions().run(() -> subscriptions().update(second));
        assertThat(subscriptions().findById(pending.id()).orElseThrow().move()).isEqualTo(SubscriptionMove.NONE);
        assertThat(subscriptions().findMoving()).extracting(Subscription::id).doesNotContain(pending.id());
    }

    @Test
    public void placeAlsoOn_beforeTheSubscriptionIsStored_addsItsServersOnce_toEveryQuery() {
        TelegramUserId owner = newCustomer();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ServerId first = new ServerId("pa-" + tag);
        ServerId second = new ServerId("pb-" + tag);
        ServerId third = new ServerId("pc-" + tag);
        Subscription pending = newPending(owner, SubscriptionKind.PAID, first.value(), T0);
        transactions().run(() -> subscriptions().placeAlsoOn(pending.id(), List.of(second, third)));
        assertThat(subscriptions().extraPlacements()).doesNotContainKey(pending.id());
        transactions().run(() -> {
            subscriptions().insert(pending);
            subscriptions().placeAlsoOn(pending.id(), List.of(third, first));
        });
        Subscription active = subscriptions().findById(pending.id()).orElseThrow();
        active.activate(T0);
        transactions().run(() -> subscriptions().update(active));

        assertThat(subscriptions().serversOf(active)).containsExactly(first, second, third);
        assertThat(subscriptions().extraPlacements()).containsEntry(pending.id(), List.of(second, third));
        assertThat(subscriptions().findActiveOnServer(third)).extracting(Subscription::id).containsExactly(pending.id());
        assertThat(subscriptions().countLiveByServer()).containsEntry(first, 1L).containsEntry(second, 1L)
                .containsEntry(third, 1L);
    }

    @Test
    public void subscription_updateWithStaleVersion_isAConcurrentUpdate() {
        TelegramUserId owner = newCustomer();
        Subscription pending = newPending(owner, SubscriptionKind.TRIAL, "de-1", T0);
        transactions().run(() -> subscriptions().insert(pending));
        Subscription first = subscriptions().findById(pending.id()).orElseThrow();
        Subscription second = subscriptions().findById(pending.id()).orElseThrow();
        first.activate(T0);
        transactions().run(() -> subscriptions().update(first));
        second.revoke();
        assertThatThrownBy(() -> transactions().run(() -> subscriptions().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(subscriptions().findById(pending.id()).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    public void subscription_insertWithTakenId_isADuplicateKey() {
        TelegramUserId owner = newCustomer();
        Subscription pending = newPending(owner, SubscriptionKind.PAID, "de-1", T0);
        transactions().run(() -> subscriptions().insert(pending));
        assertThatThrownBy(() -> transactions().run(() -> subscriptions().insert(pending)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void subscription_queries_findByOwnerKindStatusAndServer() {
        TelegramUserId owner = newCustomer();
        Subscription older = newPending(owner, SubscriptionKind.TRIAL, "q-1", T0);
        Subscription newer = newPending(owner, SubscriptionKind.PAID, "q-2", T0.plusSeconds(60));
        transactions().run(() -> {
            subscriptions().insert(older);
            subscriptions().insert(newer);
        });
        assertThat(subscriptions().findByOwner(owner)).extracting(Subscription::id).containsExactly(newer.id(), older.id());
        assertThat(subscriptions().existsForOwner(owner, SubscriptionKind.PAID)).isTrue();
        assertThat(subscriptions().existsForOwner(owner, SubscriptionKind.GRANT)).isFalse();
        assertThat(subscriptions().findPendingActivation(10_000)).extracting(Subscription::id).contains(older.id(), newer.id());

        Subscription activated = subscriptions().findById(newer.id()).orElseThrow();
        activated.activate(T0.plusSeconds(120));
        transactions().run(() -> subscriptions().update(activated));
        assertThat(subscriptions().findActiveOnServer(new ServerId("q-2"))).extracting(Subscription::id).contains(newer.id());
        assertThat(subscriptions().findActiveOnServer(new ServerId("q-1"))).extracting(Subscription::id).doesNotContain(older.id());
        assertThat(subscriptions().findPendingActivation(10_000)).extracting(Subscription::id).doesNotContain(newer.id());
    }

    @Test
    public void findPendingActivation_returnsTheOldestFirstUpToTheLimit() {
        TelegramUserId owner = newCustomer();
        Instant veryOld = Instant.parse("2001-01-01T00:00:00Z");
        Subscription first = newPending(owner, SubscriptionKind.TRIAL, "p-1", veryOld);
        Subscription second = newPending(owner, SubscriptionKind.PAID, "p-1", veryOld.plusSeconds(1));
        transactions().run(() -> {
            subscriptions().insert(second);
            subscriptions().insert(first);
        });
        List<Subscription> pending = subscriptions().findPendingActivation(2);
        assertThat(pending).extracting(Subscription::id).containsExactly(first.id(), second.id());
    }

    @Test
    public void trialClaim_secondClaimOfTheSameUser_isADuplicateKey() {
        TelegramUserId owner = newCustomer();
        Subscription trial = newPending(owner, SubscriptionKind.TRIAL, "de-1", T0);
        transactions().run(() -> {
            subscriptions().insert(trial);
            trialClaims().record(owner, trial.id(), T0);
        });
        assertThat(trialClaims().hasClaimed(owner)).isTrue();
        Subscription another = newPending(owner, SubscriptionKind.TRIAL, "de-1", T0);
        assertThatThrownBy(() -> transactions().run(() -> {
            subscriptions().insert(another);
            trialClaims().record(owner, another.id(), T0);
        })).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void trialClaim_whenNeverClaimed_isAbsent() {
        assertThat(trialClaims().hasClaimed(newCustomer())).isFalse();
    }

    private static void assertSameFields(Subscription actual, Subscription expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.owner()).isEqualTo(expected.owner());
        assertThat(actual.kind()).isEqualTo(expected.kind());
        assertThat(actual.server()).isEqualTo(expected.server());
        assertThat(actual.credential()).isEqualTo(expected.credential());
        assertThat(actual.term()).isEqualTo(expected.term());
        assertThat(actual.quota()).isEqualTo(expected.quota());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.activatedAt()).isEqualTo(expected.activatedAt());
        assertThat(actual.expiresAt()).isEqualTo(expected.expiresAt());
        assertThat(actual.plan()).isEqualTo(expected.plan());
        assertThat(actual.trafficUsed()).isEqualTo(expected.trafficUsed());
        assertThat(actual.deviceLimit()).isEqualTo(expected.deviceLimit());
        assertThat(actual.startOnFirstUse()).isEqualTo(expected.startOnFirstUse());
        assertThat(actual.autoRenew()).isEqualTo(expected.autoRenew());
    }
}
