package dev.tollgate.application.fakes;

import dev.tollgate.application.port.out.JobRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Job runs in a map, one state per job; passes {@link dev.tollgate.application.contracts.JobRunsContract}. */
public final class InMemoryJobRuns implements JobRuns {

    private final Map<String, State> states = new TreeMap<>();

    @Override
    public synchronized void record(Run run) {
        State before = states.get(run.job());
        Optional<java.time.Instant> lastSuccess = run.succeeded() ? Optional.of(run.startedAt())
                : before == null ? Optional.empty() : before.lastSuccessAt();
        long runs = before == null ? 1 : before.runs() + 1;
        long failures = (before == null ? 0 : before.failures()) + (run.succeeded() ? 0 : 1);
        states.put(run.job(), new State(run, lastSuccess, runs, failures));
    }

    @Override
    public synchronized List<State> all() {
        return new ArrayList<>(states.values());
    }
}
