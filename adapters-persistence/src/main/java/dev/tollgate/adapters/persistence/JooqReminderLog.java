package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.REMINDER_LOG;

import dev.tollgate.application.port.out.ReminderLog;
import dev.tollgate.domain.reminder.ReminderKey;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Sent reminders; the primary key (subscription, kind, period end) lets only one job run claim each reminder. */
final class JooqReminderLog implements ReminderLog {

    private final DSLContext dsl;

    @Inject
    JooqReminderLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(ReminderKey key, Instant at) {
        Errors.translate("record reminder " + key.kind() + " of " + key.subscription(), () -> dsl.insertInto(REMINDER_LOG)
                .set(REMINDER_LOG.SUBSCRIPTION_ID, key.subscription().value())
                .set(REMINDER_LOG.KIND, key.kind().name())
                .set(REMINDER_LOG.PERIOD_END, Times.toDb(key.period()))
                .set(REMINDER_LOG.RECORDED_AT, Times.toDb(at))
                .execute());
    }

    @Override
    public boolean contains(ReminderKey key) {
        return Errors.translate("check reminder", () -> dsl.fetchExists(REMINDER_LOG, matches(key)));
    }

    @Override
    public void remove(ReminderKey key) {
        Errors.translate("release reminder " + key.kind() + " of " + key.subscription(),
                () -> dsl.deleteFrom(REMINDER_LOG).where(matches(key)).execute());
    }

    private static Condition matches(ReminderKey key) {
        return REMINDER_LOG.SUBSCRIPTION_ID.eq(key.subscription().value())
                .and(REMINDER_LOG.KIND.eq(key.kind().name()))
                .and(REMINDER_LOG.PERIOD_END.eq(Times.toDb(key.period())));
    }
}
