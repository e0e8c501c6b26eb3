package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.AUDIT_LOG;

import dev.tollgate.adapters.persistence.generated.tables.records.AuditLogRecord;
import dev.tollgate.application.port.out.AuditLog;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.domain.staff.AuditAction;
import dev.tollgate.domain.staff.AuditEntry;
import jakarta.inject.Inject;
import java.util.List;
import org.jooq.DSLContext;

/** The audit log on H2 or PostgreSQL: inserted, never updated; newest first by instant, then by id. */
final class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    @Inject
    JooqAuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AuditEntry entry) {
        Errors.translate("record " + entry.action() + " by " + entry.actor() + " in the audit log", () -> dsl
                .insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, Times.toDb(entry.at()))
                .set(AUDIT_LOG.ACTOR, entry.actor().value())
                .set(AUDIT_LOG.ACTION, entry.action().name())
                .set(AUDIT_LOG.SUBJECT, entry.subject())
                .set(AUDIT_LOG.BEFORE, entry.before())
                .set(AUDIT_LOG.AFTER, entry.after())
                .execute());
    }

    @Override
    public List<AuditEntry> page(int offset, int limit) {
        return Errors.translate("read the audit log", () -> dsl.selectFrom(AUDIT_LOG)
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(JooqAuditLog::toDomain));
    }

    @Override
    public int count() {
        return Errors.translate("count the audit log", () -> dsl.fetchCount(AUDIT_LOG));
    }

    private static AuditEntry toDomain(AuditLogRecord row) {
        return new AuditEntry(Times.fromDb(row.getAt()), new TelegramUserId(row.getActor()),
                AuditAction.valueOf(row.getAction()), row.getSubject(), row.getBefore(), row.getAfter());
    }
}
