package dev.tollgate.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.application.port.out.JobRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link JobRuns} promises: the last run per job, its last success, and counts that lose no run. */
public abstract class JobRunsContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract JobRuns jobRuns();

    private static String newJob() {
        return "job-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JobRuns.State stateOf(String job) {
        return jobRuns().all().stream().filter(state -> state.lastRun().job().equals(job)).findFirst().orElseThrow();
    }

    @Test
    public void record_successThenFailure_keepsTheLastRunTheLastSuccessAndBothCounts() {
        String job = newJob();
        jobRuns().record(new JobRuns.Run(job, "a", T0, Duration.ofMillis(120), Optional.empty()));
        jobRuns().record(new JobRuns.Run(job, "b", T0.plusSeconds(60), Duration.ofMillis(30), Optional.of("panel down")));

        JobRuns.State state = stateOf(job);
        assertThat(state.lastRun()).isEqualTo(new JobRuns.Run(job, "b", T0.plusSeconds(60), Duration.ofMillis(30),
                Optional.of("panel down")));
        assertThat(state.lastSuccessAt()).contains(T0);
        assertThat(state.runs()).isEqualTo(2);
        assertThat(state.failures()).isEqualTo(1);
    }

    @Test
    public void record_onlyFailures_hasNoLastSuccess() {
        String job = newJob();
        jobRuns().record(new JobRuns.Run(job, "a", T0, Duration.ZERO, Optional.of("boom")));

        assertThat(stateOf(job).lastSuccessAt()).isEmpty();
        assertThat(stateOf(job).lastRun().succeeded()).isFalse();
    }

    @Test
    public void record_concurrentlyFromTwoInstances_countsEveryRun() throws Exception {
        String job = newJob();
        Runnable tenRuns = () -> {
            for (int i = 0; i < 10; i++) {
                jobRuns().record(new JobRuns.Run(job, Thread.currentThread().getName(), T0.plusSeconds(i), Duration.ofMillis(1),
                        Optional.empty()));
            }
        };
        Thread a = new Thread(tenRuns, "a");
        Thread b = new Thread(tenRuns, "b");
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(stateOf(job).runs()).isEqualTo(20);
        assertThat(stateOf(job).failures()).isZero();
    }
}
