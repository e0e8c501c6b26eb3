package dev.tollgate.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedJobsTest {

    @Test
    void timed_job_countsRunsAndFailuresPerJob() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AtomicInteger calls = new AtomicInteger();
        ScheduledJob flaky = TimedJobs.timed(new ScheduledJob("flaky", Duration.ofMinutes(1), () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("panel down");
            }
        }), registry);

        flaky.run().run();
        assertThatThrownBy(() -> flaky.run().run()).isInstanceOf(IllegalStateException.class);
        flaky.run().run();

        assertThat(registry.get("tollgate.job.runs").tags("job", "flaky", "outcome", "ok").timer().count()).isEqualTo(2);
        assertThat(registry.get("tollgate.job.runs").tags("job", "flaky", "outcome", "failed").timer().count()).isEqualTo(1);
        assertThat(registry.get("tollgate.job.failures").tags("job", "flaky").counter().count()).isEqualTo(1.0);
    }
}
