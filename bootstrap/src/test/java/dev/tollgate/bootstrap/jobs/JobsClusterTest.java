package dev.tollgate.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import dev.tollgate.application.port.out.JobRuns;
import dev.tollgate.bootstrap.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two scheduler instances on one database, as two app instances would run: on H2 and on PostgreSQL. */
class JobsClusterTest {

    private static final Jobs.Timing FAST = new Jobs.Timing(Duration.ofMillis(100), Duration.ofMillis(250), 4,
            Duration.ofSeconds(2));
    private static final Duration INTERVAL = Duration.ofMillis(700);
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path directory;

    private record Run(String instance, Instant start, Instant end) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void twoInstances_recurringJob_runsOncePerIntervalAcrossBoth(String database) throws Exception {
        List<Run> runs = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch sixRuns = new CountDownLatch(6);
        try (TestDatabase db = TestDatabase.named(database, directory)) {
            Injector first = db.open();
            Injector second = db.open();
            Jobs a = jobs(first, "a", first.getInstance(DataSource.class), runs, sixRuns, null);
            Jobs b = jobs(second, "b", second.getInstance(DataSource.class), runs, sixRuns, null);
            a.start();
            b.start();
            try {
                assertThat(sixRuns.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("six runs").isTrue();
            } finally {
                a.stop();
                b.stop();
            }
            List<Run> done = new ArrayList<>(runs);
            done.sort((x, y) -> x.start().compareTo(y.start()));
            for (int i = 1; i < done.size(); i++) {
                Run previous = done.get(i - 1);
                Run next = done.get(i);
                assertThat(next.start()).as("run %d starts an interval after run %d ended (no double run)", i, i - 1)
                        .isAfterOrEqualTo(previous.end().plus(INTERVAL).minusMillis(5));
            }
            JobRuns.State state = first.getInstance(JobRuns.class).all().get(0);
            assertThat(state.runs()).isEqualTo(done.size());
            assertThat(state.failures()).isZero();
            assertThat(state.lastRun().job()).isEqualTo("tick");
            assertThat(state.lastSuccessAt()).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void instanceDiesMidRun_theOtherInstanceRunsTheJobAgain(String database) throws Exception {
        List<Run> runs = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch released = new CountDownLatch(1);
        try (TestDatabase db = TestDatabase.named(database, directory)) {
            Injector first = db.open();
            Injector second = db.open();
            AtomicBoolean cut = new AtomicBoolean();
            CountDownLatch aStarted = new CountDownLatch(1);
            CountDownLatch bRan = new CountDownLatch(1);
            // Instance a hangs in its run and then loses the database: no heartbeat, no completion, like a dead process.
            Jobs a = jobs(first, "a", cuttable(first.getInstance(DataSource.class), cut), runs, aStarted, released);
            a.start();
            Jobs b = null;
            List<JobRuns.State> afterHandOver;
            try {
                assertThat(aStarted.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("a started the run").isTrue();
                cut.set(true);
                b = jobs(second, "b", second.getInstance(DataSource.class), runs, bRan, null);
                b.start();
                assertThat(bRan.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("b ran the dead instance's run").isTrue();
                b.stop();
                afterHandOver = second.getInstance(JobRuns.class).all();
            } finally {
                released.countDown();
                a.stop();
                if (b != null) {
                    b.stop();
                }
            }
            assertThat(runs).extracting(Run::instance).startsWith("a", "b");
            assertThat(afterHandOver).singleElement()
                    .satisfies(state -> assertThat(state.lastRun().instance()).isEqualTo("b"));
        }
    }

    private static Jobs jobs(Injector injector, String instance, DataSource dataSource, List<Run> runs,
                             CountDownLatch counted, CountDownLatch holdFirstRunUntil) {
        ScheduledJob tick = new ScheduledJob("tick", INTERVAL, () -> {
            Instant start = Instant.now();
            if (holdFirstRunUntil != null && counted.getCount() > 0) {
                counted.countDown();
                runs.add(new Run(instance, start, start));
                try {
                    holdFirstRunUntil.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runs.add(new Run(instance, start, Instant.now()));
            counted.countDown();
        });
        return new Jobs(Set.of(tick), dataSource, injector.getInstance(JobRuns.class), Clock.systemUTC(), instance, FAST);
    }

    /** A data source that fails every connection request once {@code cut} is set. */
    private static DataSource cuttable(DataSource pool, AtomicBoolean cut) {
        return (DataSource) Proxy.newProxyInstance(JobsClusterTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (cut.get() && method.getName().equals("getConnection")) {
                        throw new SQLException("connection refused (instance is dead)");
                    }
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
