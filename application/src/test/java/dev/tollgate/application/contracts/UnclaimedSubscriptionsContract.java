package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.UnclaimedSubscriptions;
import dev.tollgate.application.port.out.UnclaimedSubscriptions.Unclaimed;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.server.ServerId;
import dev.tollgate.domain.shared.DataSize;
import dev.tollgate.domain.subscription.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link UnclaimedSubscriptions} promises: one row per server and email, unique one-time codes. */
public abstract class UnclaimedSubscriptionsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract UnclaimedSubscriptions store();

    /** Each test uses its own server, so stores shared between tests (one database) do not see each other's rows. */
    private final ServerId server = new ServerId("s-" + UUID.randomUUID().toString().substring(0, 8));

    private Unclaimed unclaimed(String email, String code) {
        return new Unclaimed(server, email, UUID.randomUUID().toString(), true, DataSize.ofGibibytes(20),
                DataSize.ofBytes(1234), T0.plus(Duration.ofDays(10)), null, 2, code, T0, Optional.empty(),
                Optional.empty());
    }

    private static String code() {
        String hex = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        return hex.substring(0, 5) + "-" + hex.substring(5, 10);
    }

    @Test
    public void insert_thenFindByCode_returnsWhatTheImportKept() {
        String code = code();
        store().insert(unclaimed("alice", code));

        Unclaimed found = store().findByCode(code).orElseThrow();

        assertThat(found.email()).isEqualTo("alice");
        assertThat(found.server()).isEqualTo(server);
        assertThat(found.quota()).isEqualTo(DataSize.ofGibibytes(20));
        assertThat(found.used()).isEqualTo(DataSize.ofBytes(1234));
        assertThat(found.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(10)));
        assertThat(found.delayedStart()).isNull();
        assertThat(found.deviceLimit()).isEqualTo(2);
        assertThat(found.claimedBy()).isEmpty();
        assertThat(store().emailsOn(server)).containsExactly("alice");
    }

    @Test
    public void insert_ofTheSameEmailOnTheSameServer_isRefusedAsADuplicate() {
        store().insert(unclaimed("bob", code()));

        assertThatThrownBy(() -> store().insert(unclaimed("bob", code()))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    public void markClaimed_twice_succeedsOnlyOnce() {
        String code = code();
        store().insert(new Unclaimed(server, "carol", "pw", false, DataSize.ZERO, DataSize.ZERO, null,
                Duration.ofDays(30), 0, code, T0, Optional.empty(), Optional.empty()));
        SubscriptionId subscription = new SubscriptionId(UUID.randomUUID());

        boolean first = store().markClaimed(code, new TelegramUserId(77), subscription, T0.plusSeconds(5));
        boolean second = store().markClaimed(code, new TelegramUserId(78), new SubscriptionId(UUID.randomUUID()),
                T0.plusSeconds(6));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        Unclaimed found = store().findByCode(code).orElseThrow();
        assertThat(found.claimedBy()).contains(new TelegramUserId(77));
        assertThat(found.subscription()).contains(subscription);
        assertThat(found.delayedStart()).isEqualTo(Duration.ofDays(30));
        assertThat(store().unclaimed(0, 10_000)).extracting(Unclaimed::code).doesNotContain(code);
    }

    @Test
    public void attemptsSince_countsOnlyThatUsersAttemptsInTheWindow() {
        TelegramUserId user = new TelegramUserId(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1);
        store().recordAttempt(user, T0);
        store().recordAttempt(user, T0.plusSeconds(1800));
        store().recordAttempt(new TelegramUserId(user.value() + 1), T0.plusSeconds(1800));

        assertThat(store().attemptsSince(user, T0.plusSeconds(60))).isEqualTo(1);
        assertThat(store().attemptsSince(user, T0)).isEqualTo(2);
    }
}
