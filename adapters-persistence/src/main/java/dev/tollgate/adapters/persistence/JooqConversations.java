package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.CONVERSATIONS;

import dev.tollgate.adapters.persistence.generated.tables.records.ConversationsRecord;
import dev.tollgate.application.port.out.Conversations;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Conversations on H2 or PostgreSQL: one row per user, replaced by an upsert; expired rows are ignored, then pruned. */
final class JooqConversations implements Conversations {

    /** The column's size; V7 explains why it is larger than the port's 4,000 characters. */
    private static final int VALUES_LENGTH = 32_000;

    private final DSLContext dsl;

    @Inject
    JooqConversations(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Conversation> find(TelegramUserId user, Instant now) {
        return Errors.translate("find the conversation of " + user, () -> dsl.selectFrom(CONVERSATIONS)
                .where(CONVERSATIONS.TELEGRAM_USER_ID.eq(user.value()))
                .and(CONVERSATIONS.EXPIRES_AT.gt(Times.toDb(now)))
                .fetchOptional()
                .map(JooqConversations::toDomain));
    }

    @Override
    public void save(Conversation conversation) {
        String values = KeyValues.encode(conversation.values());
        if (values.length() > VALUES_LENGTH) {
            throw new IllegalArgumentException("the values of a conversation take " + values.length()
                    + " characters encoded, more than " + VALUES_LENGTH);
        }
        // PostgreSQL runs this as INSERT ... ON CONFLICT DO UPDATE; jOOQ writes a MERGE for H2, which can still hit the
        // primary key when another connection inserts the same user's row at the same moment: once more then updates it.
        for (int attempt = 1; ; attempt++) {
            try {
                Errors.translate("save the conversation of " + conversation.user(), () -> dsl.insertInto(CONVERSATIONS)
                        .set(CONVERSATIONS.TELEGRAM_USER_ID, conversation.user().value())
                        .set(CONVERSATIONS.STEP, conversation.step())
                        .set(CONVERSATIONS.STEP_VALUES, values)
                        .set(CONVERSATIONS.EXPIRES_AT, Times.toDb(conversation.expiresAt()))
                        .onConflict(CONVERSATIONS.TELEGRAM_USER_ID)
                        .doUpdate()
                        .set(CONVERSATIONS.STEP, conversation.step())
                        .set(CONVERSATIONS.STEP_VALUES, values)
                        .set(CONVERSATIONS.EXPIRES_AT, Times.toDb(conversation.expiresAt()))
                        .execute());
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void clear(TelegramUserId user) {
        Errors.translate("clear the conversation of " + user, () -> dsl.deleteFrom(CONVERSATIONS)
                .where(CONVERSATIONS.TELEGRAM_USER_ID.eq(user.value()))
                .execute());
    }

    @Override
    public int pruneExpired(Instant now) {
        return Errors.translate("prune expired conversations", () -> dsl.deleteFrom(CONVERSATIONS)
                .where(CONVERSATIONS.EXPIRES_AT.le(Times.toDb(now)))
                .execute());
    }

    private static Conversation toDomain(ConversationsRecord row) {
        return new Conversation(new TelegramUserId(row.getTelegramUserId()), row.getStep(),
                KeyValues.decode(row.getStepValues()), Times.fromDb(row.getExpiresAt()));
    }
}
