package dev.tollgate.bootstrap.operations;

import dev.tollgate.application.port.in.CheckReadinessUseCase;
import dev.tollgate.application.port.out.CustomerRepository;
import dev.tollgate.domain.customer.TelegramUserId;
import dev.tollgate.application.port.in.CheckReadinessUseCase.PanelSummary;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Readiness: one primary-key read from the database, given {@code timeout} to answer (a stopped server makes the
 * pool wait far longer), plus the bot's configuration and the recorded panel checks (read in the same time limit).
 */
final class ReadinessProbe implements CheckReadinessUseCase {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadinessProbe.class);

    private final CustomerRepository customers;
    private final PanelCheckLog panels;
    private final boolean botEnabled;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tollgate-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean wasUp = true;

    ReadinessProbe(CustomerRepository customers, PanelCheckLog panels, boolean botEnabled, Duration timeout) {
        this.customers = customers;
        this.panels = panels;
        this.botEnabled = botEnabled;
        this.timeout = timeout;
    }

    @Override
    public Readiness check() {
        boolean up;
        String detail;
        // The recorded panel checks live in the same database, so they are read within the same time limit.
        Future<Optional<PanelSummary>> probe = executor.submit(() -> {
            customers.findById(new TelegramUserId(1));
            return panels.last();
        });
        Optional<PanelSummary> recorded = Optional.empty();
        try {
            recorded = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            up = true;
            detail = "";
        } catch (TimeoutException e) {
            probe.cancel(true);
            up = false;
            detail = "no answer within " + timeout.toMillis() + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
            detail = "interrupted";
        } catch (java.util.concurrent.ExecutionException e) {
            up = false;
            detail = e.getCause() == null ? "failed" : e.getCause().getClass().getSimpleName();
        }
        if (up != wasUp) {
            if (up) {
                LOG.info("database answers again: ready");
            } else {
                LOG.warn("database does not answer ({}): not ready", detail);
            }
            wasUp = up;
        }
        return new Readiness(up, detail, botEnabled ? "configured" : "off", recorded);
    }
}
