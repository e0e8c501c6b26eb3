package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.PANEL_STATUS;

import dev.tollgate.adapters.persistence.generated.tables.records.PanelStatusRecord;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.PanelStatus;
import dev.tollgate.application.port.out.PanelStatuses;
import dev.tollgate.domain.server.ServerId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** One row per server; the restart flag is OR-ed in SQL and cleared by a conditional update, so instances agree. */
final class JooqPanelStatuses implements PanelStatuses {

    private static final int VERSION_LENGTH = 200;
    private static final int DETAIL_LENGTH = 1000;

    private final DSLContext dsl;

    @Inject
    JooqPanelStatuses(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(PanelStatus status) {
        try {
            if (update(status) == 0) {
                insert(status);
            }
        } catch (DuplicateKeyException firstCheckRecordedConcurrently) {
            update(status);
        }
    }

    private int update(PanelStatus status) {
        return Errors.translate("record the status of server " + status.server(), () -> dsl.update(PANEL_STATUS)
                .set(PANEL_STATUS.REACHABLE, status.reachable())
                .set(PANEL_STATUS.VERSION, Errors.fit(status.version(), VERSION_LENGTH))
                .set(PANEL_STATUS.LATENCY_MILLIS, status.latency().toMillis())
                .set(PANEL_STATUS.CHECKED_AT, Times.toDb(status.checkedAt()))
                .set(PANEL_STATUS.DETAIL, Errors.fit(status.detail(), DETAIL_LENGTH))
                .set(PANEL_STATUS.RESTART_PENDING, status.restartPending() ? DSL.val(true) : PANEL_STATUS.RESTART_PENDING)
                .where(PANEL_STATUS.SERVER_ID.eq(status.server().value()))
                .execute());
    }

    private void insert(PanelStatus status) {
        Errors.translate("record the first status of server " + status.server(), () -> dsl.insertInto(PANEL_STATUS)
                .set(PANEL_STATUS.SERVER_ID, status.server().value())
                .set(PANEL_STATUS.REACHABLE, status.reachable())
                .set(PANEL_STATUS.VERSION, Errors.fit(status.version(), VERSION_LENGTH))
                .set(PANEL_STATUS.LATENCY_MILLIS, status.latency().toMillis())
                .set(PANEL_STATUS.CHECKED_AT, Times.toDb(status.checkedAt()))
                .set(PANEL_STATUS.DETAIL, Errors.fit(status.detail(), DETAIL_LENGTH))
                .set(PANEL_STATUS.RESTART_PENDING, status.restartPending())
                .execute());
    }

    @Override
    public List<PanelStatus> all() {
        return Errors.translate("read the panel statuses",
                () -> dsl.selectFrom(PANEL_STATUS).orderBy(PANEL_STATUS.SERVER_ID).fetch()).map(JooqPanelStatuses::status);
    }

    @Override
    public Optional<PanelStatus> find(ServerId server) {
        return Errors.translate("read the status of server " + server, () -> dsl.selectFrom(PANEL_STATUS)
                .where(PANEL_STATUS.SERVER_ID.eq(server.value())).fetchOptional()).map(JooqPanelStatuses::status);
    }

    @Override
    public boolean takeRestart(ServerId server) {
        return Errors.translate("take the restart signal of server " + server, () -> dsl.update(PANEL_STATUS)
                .set(PANEL_STATUS.RESTART_PENDING, false)
                .where(PANEL_STATUS.SERVER_ID.eq(server.value()).and(PANEL_STATUS.RESTART_PENDING.isTrue()))
                .execute()) == 1;
    }

    private static PanelStatus status(PanelStatusRecord row) {
        return new PanelStatus(new ServerId(row.getServerId()), row.getReachable(), row.getVersion(),
                Duration.ofMillis(row.getLatencyMillis()), Times.fromDb(row.getCheckedAt()), row.getDetail(),
                row.getRestartPending());
    }
}
