package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.BroadcastAudience;
import dev.tollgate.application.port.out.Broadcasts;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.broadcast.Broadcast;
import dev.tollgate.domain.broadcast.BroadcastId;
import dev.tollgate.domain.broadcast.BroadcastMessage;
import dev.tollgate.domain.broadcast.BroadcastStatus;
import dev.tollgate.domain.broadcast.DeliveryStatus;
import dev.tollgate.domain.broadcast.Segment;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.order.Order;
import dev.tollgate.domain.shared.Currency;
import dev.tollgate.domain.shared.Money;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import dev.tollgate.domain.shared.DataSize;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What the broadcast store and the audience promise: recipients stored once and taken once whoever races, outcomes
 * counted, deliveries left in flight become unconfirmed and are never pending again, one holder leases a sending
 * broadcast at a time; segments pick exactly the customers they describe and never one who blocked the bot.
 */
public abstract class BroadcastStoresContract extends CommerceStoreContract {

    private static final Duration LEASE = Duration.ofSeconds(60);

    /** The broadcast store holding no broadcast. */
    protected abstract Broadcasts emptyBroadcasts();

    protected abstract BroadcastAudience audience();

    private static Broadcast broadcast(TelegramUserId author, int recipients, java.time.Instant at) {
        return Broadcast.start(BroadcastId.random(), author, BroadcastMessage.text("<b>Sale</b> سلام")
                .withPhoto("AgACAgI-photo").withButton("Open", "https://t.me/shop"), Segment.speaking(Language.FA),
                recipients, at);
    }

    private static List<TelegramUserId> users(int n) {
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new TelegramUserId(base + i)).toList();
    }

    @Test
    public void deliveries_areTakenOnceCountedAndResumedWhereTheyStopped() {
        Broadcasts broadcasts = emptyBroadcasts();
        List<TelegramUserId> users = users(5);
        Broadcast b = broadcast(users.get(0), 5, T0);
        stores().transactions().run(() -> broadcasts.insert(b, users));

        Broadcast stored = broadcasts.find(b.id()).orElseThrow();
        assertThat(stored.message()).isEqualTo(b.message());
        assertThat(stored.segment()).isEqualTo(Segment.speaking(Language.FA));
        assertThat(stored.recipients()).isEqualTo(5);
        assertThat(stored.status()).isEqualTo(BroadcastStatus.SENDING);
        assertThat(broadcasts.pending(b.id(), 3)).containsExactlyElementsOf(users.subList(0, 3));
        assertThat(broadcasts.take(b.id(), users.get(0), "a", T0)).isTrue();
        assertThat(broadcasts.take(b.id(), users.get(0), "b", T0)).isFalse();
        broadcasts.settle(b.id(), users.get(0), DeliveryStatus.SENT, T0);
        assertThat(broadcasts.take(b.id(), users.get(1), "a", T0)).isTrue();
        broadcasts.settle(b.id(), users.get(1), DeliveryStatus.BLOCKED, T0);
        assertThat(broadcasts.take(b.id(), users.get(2), "a", T0.plusSeconds(1))).isTrue();

        assertThat(broadcasts.abandonStale(b.id(), T0.plusSeconds(1))).isZero();
        assertThat(broadcasts.abandonStale(b.id(), T0.plusSeconds(2))).isEqualTo(1);
        assertThat(broadcasts.take(b.id(), users.get(2), "b", T0.plusSeconds(3))).isFalse();
        assertThat(broadcasts.pending(b.id(), 10)).containsExactlyElementsOf(users.subList(3, 5));
        assertThat(broadcasts.counts(b.id())).containsEntry(DeliveryStatus.SENT, 1).containsEntry(DeliveryStatus.BLOCKED, 1)
                .containsEntry(DeliveryStatus.UNCONFIRMED, 1).containsEntry(DeliveryStatus.PENDING, 2)
                .containsEntry(DeliveryStatus.SENDING, 0).containsEntry(DeliveryStatus.FAILED, 0);
        assertThatThrownBy(() -> stores().transactions().run(() -> broadcasts.insert(b, users)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void claim_leasesOneSendingBroadcastToOneHolderAtATimeOldestFirst() {
        Broadcasts broadcasts = emptyBroadcasts();
        TelegramUserId author = users(1).get(0);
        Broadcast older = broadcast(author, 1, T0);
        Broadcast newer = broadcast(author, 1, T0.plusSeconds(10));
        stores().transactions().run(() -> {
            broadcasts.insert(newer, users(1));
            broadcasts.insert(older, users(1));
        });

        assertThat(broadcasts.claim("a", T0.plusSeconds(20), LEASE)).map(Broadcast::id).contains(older.id());
        assertThat(broadcasts.claim("b", T0.plusSeconds(30), LEASE)).map(Broadcast::id).contains(newer.id());
        assertThat(broadcasts.claim("c", T0.plusSeconds(40), LEASE)).isEmpty();
        assertThat(broadcasts.claim("a", T0.plusSeconds(50), LEASE)).map(Broadcast::id).contains(older.id());
        assertThat(broadcasts.claim("c", T0.plusSeconds(111), LEASE)).map(Broadcast::id).contains(older.id());

        assertThat(broadcasts.finish(older.id(), BroadcastStatus.DONE, T0.plusSeconds(120))).isTrue();
        assertThat(broadcasts.finish(older.id(), BroadcastStatus.CANCELLED, T0.plusSeconds(121))).isFalse();
        assertThat(broadcasts.claim("c", T0.plusSeconds(200), LEASE)).map(Broadcast::id).contains(newer.id());
        broadcasts.progressMessage(older.id(), 4242);
        Broadcast done = broadcasts.find(older.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(BroadcastStatus.DONE);
        assertThat(done.finishedAt()).contains(T0.plusSeconds(120));
        assertThat(done.progressMessage()).contains(4242);
        assertThat(broadcasts.recent(0, 10)).extracting(Broadcast::id).containsExactly(newer.id(), older.id());
        assertThat(broadcasts.recent(1, 10)).extracting(Broadcast::id).containsExactly(older.id());
        assertThat(broadcasts.count()).isEqualTo(2);
    }

    @Test
    public void audience_picksEachSegmentAndNeverSomeoneWhoBlockedTheBotOrIsBanned() {
        TelegramUserId active = newCustomer();
        TelegramUserId banned = newCustomer();
        TelegramUserId paused = newCustomer();
        TelegramUserId expired = newCustomer();
        TelegramUserId trialOnly = newCustomer();
        TelegramUserId newcomer = newCustomer();
        TelegramUserId blocked = newCustomer();
        TelegramUserId persian = newCustomer(Language.FA);

        Subscription live = newSubscription(paid(newOrder(active, T0)));
        live.activate(T0);
        paid(newOrder(expired, T0));
        Subscription ended = pending(expired, SubscriptionKind.PAID);
        ended.activate(T0);
        ended.expire(T0.plus(Duration.ofDays(2)));
        Subscription trial = pending(trialOnly, SubscriptionKind.TRIAL);
        trial.activate(T0);
        Subscription bannedOnes = pending(banned, SubscriptionKind.TRIAL);
        bannedOnes.activate(T0);
        Subscription suspended = pending(paused, SubscriptionKind.PAID);
        suspended.activate(T0);
        suspended.suspend(T0.plus(Duration.ofHours(1)));
        stores().transactions().run(() -> {
            stores().subscriptions().insert(bannedOnes);
            stores().subscriptions().insert(suspended);
            Customer shut = stores().customers().findById(banned).orElseThrow();
            shut.ban(T0);
            stores().customers().update(shut);
            stores().subscriptions().update(live);
            stores().subscriptions().insert(ended);
            stores().subscriptions().insert(trial);
            Customer gone = stores().customers().findById(blocked).orElseThrow();
            gone.blockedTheBot(T0);
            stores().customers().update(gone);
        });

        assertThat(audience().members(Segment.of(Segment.Kind.ALL)))
                .contains(active, expired, trialOnly, newcomer, persian, paused).doesNotContain(blocked, banned);
        for (Segment.Kind kind : Segment.Kind.values()) {
            Segment segment = kind == Segment.Kind.LANGUAGE ? Segment.speaking(Language.EN) : Segment.of(kind);
            assertThat(audience().members(segment)).as("segment %s", kind).doesNotContain(banned);
        }
        // A subscription an admin paused has not ended: its customer is not among the expired.
        assertThat(audience().members(Segment.of(Segment.Kind.EXPIRED))).doesNotContain(paused);
        assertThat(audience().members(Segment.of(Segment.Kind.ACTIVE))).contains(active, trialOnly)
                .doesNotContain(expired, newcomer, blocked, persian);
        assertThat(audience().members(Segment.of(Segment.Kind.EXPIRED))).contains(expired)
                .doesNotContain(active, newcomer, blocked, persian);
        assertThat(audience().members(Segment.of(Segment.Kind.TRIAL_ONLY))).contains(trialOnly)
                .doesNotContain(active, expired, newcomer, blocked);
        assertThat(audience().members(Segment.of(Segment.Kind.NEVER_PAID))).contains(trialOnly, newcomer, persian)
                .doesNotContain(active, expired, blocked);
        assertThat(audience().members(Segment.speaking(Language.FA))).contains(persian)
                .doesNotContain(active, expired, trialOnly, newcomer, blocked);
        List<TelegramUserId> all = audience().members(Segment.of(Segment.Kind.ALL));
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparingLong(TelegramUserId::value));
    }

    private TelegramUserId newCustomer(Language language) {
        TelegramUserId id = new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        stores().transactions().run(() -> stores().customers().insert(Customer.firstContact(id, language, T0)));
        return id;
    }

    private static Subscription pending(TelegramUserId owner, SubscriptionKind kind) {
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        return Subscription.createPending(id, owner, kind, new dev.tollgate.domain.server.ServerId("de-1"),
                new ClientCredential("tg" + owner.value() + "-" + id.value().toString().substring(0, 8),
                        UUID.randomUUID().toString()), Duration.ofDays(1), DataSize.ofGibibytes(1), T0);
    }

    private Order paid(Order order) {
        order.awaitPayment();
        order.markPaid(Money.of(250, Currency.XTR), T0);
        stores().transactions().run(() -> stores().orders().update(order));
        return order;
    }
}
