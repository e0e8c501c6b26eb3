package dev.tollgate.adapters.persistence;

import static dev.tollgate.adapters.persistence.generated.Tables.JOB_RUNS;

import dev.tollgate.adapters.persistence.generated.tables.records.JobRunsRecord;
import dev.tollgate.application.port.out.DuplicateKeyException;
import dev.tollgate.application.port.out.JobRuns;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** One row per job, updated by whichever instance ran it; counters are incremented in SQL so no run is lost. */
final class JooqJobRuns implements JobRuns {

    private static final int FAILURE_LENGTH = 1000;

    private final DSLContext dsl;

    @Inject
    JooqJobRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(Run run) {
        try {
            if (update(run) == 0) {
                insert(run);
            }
        } catch (DuplicateKeyException firstRunRecordedConcurrently) {
            update(run);
        }
    }

    private int update(Run run) {
        return Errors.translate("record a run of job " + run.job(), () -> dsl.update(JOB_RUNS)
                .set(JOB_RUNS.INSTANCE, run.instance())
                .set(JOB_RUNS.STARTED_AT, Times.toDb(run.startedAt()))
                .set(JOB_RUNS.DURATION_MILLIS, run.duration().toMillis())
                .set(JOB_RUNS.SUCCEEDED, run.succeeded())
                .set(JOB_RUNS.FAILURE, run.failure().map(text -> Errors.fit(text, FAILURE_LENGTH)).orElse(null))
                .set(JOB_RUNS.LAST_SUCCESS_AT, run.succeeded() ? DSL.val(Times.toDb(run.startedAt())) : JOB_RUNS.LAST_SUCCESS_AT)
                .set(JOB_RUNS.RUNS, JOB_RUNS.RUNS.plus(1))
                .set(JOB_RUNS.FAILURES, JOB_RUNS.FAILURES.plus(run.succeeded() ? 0 : 1))
                .where(JOB_RUNS.JOB.eq(run.job()))
                .execute());
    }

    private void insert(Run run) {
        Errors.translate("record the first run of job " + run.job(), () -> dsl.insertInto(JOB_RUNS)
                .set(JOB_RUNS.JOB, run.job())
                .set(JOB_RUNS.INSTANCE, run.instance())
                .set(JOB_RUNS.STARTED_AT, Times.toDb(run.startedAt()))
                .set(JOB_RUNS.DURATION_MILLIS, run.duration().toMillis())
                .set(JOB_RUNS.SUCCEEDED, run.succeeded())
                .set(JOB_RUNS.FAILURE, run.failure().map(text -> Errors.fit(text, FAILURE_LENGTH)).orElse(null))
                .set(JOB_RUNS.LAST_SUCCESS_AT, run.succeeded() ? Times.toDb(run.startedAt()) : null)
                .set(JOB_RUNS.RUNS, 1L)
                .set(JOB_RUNS.FAILURES, run.succeeded() ? 0L : 1L)
                .execute());
    }

    @Override
    public List<State> all() {
        return Errors.translate("read the job runs", () -> dsl.selectFrom(JOB_RUNS).orderBy(JOB_RUNS.JOB).fetch())
                .map(JooqJobRuns::state);
    }

    private static State state(JobRunsRecord row) {
        Run last = new Run(row.getJob(), row.getInstance(), Times.fromDb(row.getStartedAt()),
                Duration.ofMillis(row.getDurationMillis()), Optional.ofNullable(row.getFailure()));
        return new State(last, Optional.ofNullable(row.getLastSuccessAt()).map(Times::fromDb), row.getRuns(),
                row.getFailures());
    }
}
