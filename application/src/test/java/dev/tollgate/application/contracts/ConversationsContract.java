package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.Conversations.Conversation;
import dev.tollgate.domain.customer.TelegramUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Conversations} promises: one conversation per user, replaced whole by the next save, invisible
 * from its expiry on, and deleted by pruning. Pruning counts every expired row, so each test starts from none.
 */
public abstract class ConversationsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final TelegramUserId ALICE = new TelegramUserId(2_001L);
    private static final TelegramUserId BOB = new TelegramUserId(2_002L);

    /** The store under test holding no conversation: a fresh one, or the shared one emptied. */
    protected abstract Conversations emptyConversations();

    protected Conversations conversations;

    @BeforeEach
    void startEmpty() {
        conversations = emptyConversations();
    }

    @Test
    public void find_afterSave_returnsTheStepValuesAndExpiry() {
        Map<String, String> values = Map.of("plan", "month-50g", "promo", "SPRING&SUMMER=50%", "note",
                "سلام، لطفاً ۲ ماه 👋", "empty", "", "a key with spaces", "line one\nline two");
        conversations.save(new Conversation(ALICE, "checkout.promo", values, T0.plus(TTL)));

        assertThat(conversations.find(ALICE, T0)).contains(new Conversation(ALICE, "checkout.promo", values, T0.plus(TTL)));
        assertThat(conversations.find(BOB, T0)).isEmpty();
    }

    @Test
    public void save_again_replacesTheWholeConversation() {
        conversations.save(new Conversation(ALICE, "checkout.plan", Map.of("plan", "month", "server", "de-1"), T0.plus(TTL)));
        conversations.save(new Conversation(BOB, "wallet.amount", Map.of(), T0.plus(TTL)));

        Conversation next = new Conversation(ALICE, "checkout.confirm", Map.of("plan", "year"), T0.plus(TTL).plus(TTL));
        conversations.save(next);

        assertThat(conversations.find(ALICE, T0)).contains(next);
        assertThat(conversations.find(BOB, T0)).contains(new Conversation(BOB, "wallet.amount", Map.of(), T0.plus(TTL)));
    }

    @Test
    public void find_fromTheExpiryOn_isEmpty() {
        conversations.save(new Conversation(ALICE, "admin.broadcast", Map.of("text", "hello"), T0.plus(TTL)));

        assertThat(conversations.find(ALICE, T0.plus(TTL).minusSeconds(1))).isPresent();
        assertThat(conversations.find(ALICE, T0.plus(TTL))).isEmpty();
        assertThat(conversations.find(ALICE, T0.plus(TTL).plusSeconds(1))).isEmpty();
    }

    @Test
    public void save_afterExpiry_startsANewConversation() {
        conversations.save(new Conversation(ALICE, "checkout.plan", Map.of("plan", "month"), T0.plus(TTL)));
        Instant later = T0.plus(TTL).plusSeconds(60);
        Conversation fresh = new Conversation(ALICE, "wallet.amount", Map.of(), later.plus(TTL));

        conversations.save(fresh);

        assertThat(conversations.find(ALICE, later)).contains(fresh);
    }

    @Test
    public void clear_endsOnlyThatUsersConversation() {
        conversations.save(new Conversation(ALICE, "checkout.plan", Map.of(), T0.plus(TTL)));
        conversations.save(new Conversation(BOB, "checkout.plan", Map.of(), T0.plus(TTL)));

        conversations.clear(ALICE);
        conversations.clear(ALICE);

        assertThat(conversations.find(ALICE, T0)).isEmpty();
        assertThat(conversations.find(BOB, T0)).isPresent();
    }

    @Test
    public void pruneExpired_deletesOnlyConversationsExpiredByNow() {
        conversations.save(new Conversation(ALICE, "checkout.plan", Map.of(), T0.plusSeconds(10)));
        conversations.save(new Conversation(BOB, "checkout.plan", Map.of(), T0.plusSeconds(20)));
        conversations.save(new Conversation(new TelegramUserId(2_003L), "checkout.plan", Map.of(), T0.plusSeconds(30)));

        assertThat(conversations.pruneExpired(T0.plusSeconds(20))).isEqualTo(2);
        assertThat(conversations.pruneExpired(T0.plusSeconds(20))).isZero();

        assertThat(conversations.find(new TelegramUserId(2_003L), T0.plusSeconds(29))).isPresent();
        conversations.save(new Conversation(BOB, "wallet.amount", Map.of("amount", "5"), T0.plusSeconds(90)));
        assertThat(conversations.find(BOB, T0.plusSeconds(29))).isPresent();
    }

    @Test
    public void save_theLargestValuesThePortAllows_roundTripsThemInFull() {
        Map<String, String> values = Map.of("k".repeat(64), "ش".repeat(2_000), "text", "ж".repeat(1_900));
        conversations.save(new Conversation(ALICE, "s".repeat(64), values, T0.plus(TTL)));

        assertThat(conversations.find(ALICE, T0).orElseThrow().values()).isEqualTo(values);
    }
}
