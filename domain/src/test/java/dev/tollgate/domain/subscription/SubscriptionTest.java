package dev.tollgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.shared.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");

    private static Subscription pending() {
        return Subscription.createPending(new SubscriptionId(UUID.randomUUID()), new TelegramUserId(42),
                SubscriptionKind.TRIAL, new ServerId("de-1"), new ClientCredential("tg42-abcd", UUID.randomUUID().toString()),
                Duration.ofDays(1), DataSize.ofGibibytes(1), CREATED);
    }

    @Test
    void createPending_hasNoExpiryUntilActivated() {
        Subscription subscription = pending();
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PENDING_ACTIVATION);
        assertThat(subscription.expiresAt()).isEmpty();
    }

    @Test
    void activate_whenPendingForHours_startsTheTermAtActivation() {
        Subscription subscription = pending();
        Instant activation = CREATED.plus(Duration.ofHours(5));
        subscription.activate(activation);
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscription.activatedAt()).contains(activation);
        assertThat(subscription.expiresAt()).contains(activation.plus(Duration.ofDays(1)));
    }

    @Test
    void activate_whenAlreadyActive_isAnIllegalTransition() {
        Subscription subscription = pending();
        subscription.activate(CREATED);
        assertThatThrownBy(() -> subscription.activate(CREATED)).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void revoke_isFinal() {
        Subscription subscription = pending();
        subscription.revoke();
        assertThatThrownBy(() -> subscription.activate(CREATED)).isInstanceOf(IllegalStateTransitionException.class);
        for (SubscriptionStatus target : SubscriptionStatus.values()) {
            assertThat(SubscriptionStatus.REVOKED.canMoveTo(target)).isFalse();
        }
    }

    @Test
    void credential_whenEmailHasUpperCase_isRejected() {
        assertThatThrownBy(() -> new ClientCredential("Alice", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void credential_toString_hidesTheSecret() {
        assertThat(new ClientCredential("alice", "s3cret").toString()).doesNotContain("s3cret");
    }
}
