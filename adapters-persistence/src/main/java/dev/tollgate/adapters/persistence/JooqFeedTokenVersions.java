package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.FEED_TOKEN_VERSIONS;

import dev.tollgate.application.port.out.FeedTokenVersions;
import dev.tollgate.domain.customer.TelegramUserId;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jooq.DSLContext;

/** One row per user who ever reset their link; advancing is an update, or an insert the first time. */
final class JooqFeedTokenVersions implements FeedTokenVersions {

    private final DSLContext dsl;

    @Inject
    JooqFeedTokenVersions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int current(TelegramUserId user) {
        return Errors.translate("read feed token version", () -> dsl.select(FEED_TOKEN_VERSIONS.VERSION)
                .from(FEED_TOKEN_VERSIONS).where(FEED_TOKEN_VERSIONS.USER_ID.eq(user.value()))
                .fetchOptional(FEED_TOKEN_VERSIONS.VERSION).orElse(0));
    }

    @Override
    public int advance(TelegramUserId user, Instant at) {
        return Errors.translate("advance feed token version of " + user, () -> {
            int updated = dsl.update(FEED_TOKEN_VERSIONS)
                    .set(FEED_TOKEN_VERSIONS.VERSION, FEED_TOKEN_VERSIONS.VERSION.plus(1))
                    .set(FEED_TOKEN_VERSIONS.CHANGED_AT, Times.toDb(at))
                    .where(FEED_TOKEN_VERSIONS.USER_ID.eq(user.value())).execute();
            if (updated == 0) {
                // Two first resets racing: the primary key lets one insert win, the other fails as a duplicate.
                dsl.insertInto(FEED_TOKEN_VERSIONS).set(FEED_TOKEN_VERSIONS.USER_ID, user.value())
                        .set(FEED_TOKEN_VERSIONS.VERSION, 1).set(FEED_TOKEN_VERSIONS.CHANGED_AT, Times.toDb(at)).execute();
            }
            return current(user);
        });
    }
}
