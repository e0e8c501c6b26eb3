package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.application.port.out.SubscriptionRepository;
import dev.tollgate.application.port.out.TermsAcceptances;
import dev.tollgate.application.port.out.TransactionRunner;
import dev.tollgate.domain.customer.Customer;
import dev.tollgate.domain.customer.Language;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.ClientCredential;
import dev.tollgate.domain.subscription.Subscription;
import dev.tollgate.domain.subscription.SubscriptionId;
import dev.tollgate.domain.subscription.SubscriptionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What the storefront's stores promise: feed token versions, terms acceptances, a reset credential that is kept. */
public abstract class StorefrontStoresContract {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    protected abstract FeedTokenVersions feedTokenVersions();

    protected abstract TermsAcceptances termsAcceptances();

    protected abstract SubscriptionRepository subscriptions();

    protected abstract CustomerRepository customers();

    protected abstract TransactionRunner transactions();

    private static TelegramUserId newUser() {
        return new TelegramUserId(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }

    @Test
    public void feedTokenVersion_startsAtZeroAndEachAdvanceMovesItOneUp() {
        TelegramUserId user = newUser();
        TelegramUserId other = newUser();
        assertThat(feedTokenVersions().current(user)).isZero();
        assertThat(transactions().inTransaction(() -> feedTokenVersions().advance(user, T0))).isEqualTo(1);
        assertThat(transactions().inTransaction(() -> feedTokenVersions().advance(user, T0.plusSeconds(5)))).isEqualTo(2);
        assertThat(feedTokenVersions().current(user)).isEqualTo(2);
        assertThat(feedTokenVersions().current(other)).isZero();
    }

    @Test
    public void termsAcceptance_isRecordedOnceAndKeepsTheFirstTime() {
        TelegramUserId user = newUser();
        assertThat(termsAcceptances().acceptedAt(user)).isEmpty();
        transactions().run(() -> termsAcceptances().accept(user, T0));
        transactions().run(() -> termsAcceptances().accept(user, T0.plusSeconds(60)));
        assertThat(termsAcceptances().acceptedAt(user)).contains(T0);
    }

    @Test
    public void subscription_withAReplacedCredential_isStoredWithTheNewSecretAndTheSameEmail() {
        TelegramUserId owner = newUser();
        transactions().run(() -> customers().insert(Customer.firstContact(owner, Language.EN, T0)));
        SubscriptionId id = new SubscriptionId(UUID.randomUUID());
        String email = "tg" + owner.value() + "-" + id.value().toString().substring(0, 8);
        Subscription pending = Subscription.createPending(id, owner, SubscriptionKind.PAID, new ServerId("de-1"),
                new ClientCredential(email, "old-secret"), Duration.ofDays(30), DataSize.ofGibibytes(10), T0);
        transactions().run(() -> subscriptions().insert(pending));
        Subscription stored = subscriptions().findById(id).orElseThrow();
        stored.replaceCredential(new ClientCredential(email, "new-secret"));
        transactions().run(() -> subscriptions().update(stored));

        assertThat(subscriptions().findById(id).orElseThrow().credential())
                .isEqualTo(new ClientCredential(email, "new-secret"));
    }
}
